#!/usr/bin/env bash
# The tests use real LibreOffice (fixtures, template round trip), real Chromium (HTML,
# accessibility, portal) and poppler (PDF to image checks). Installs what is missing with
# apt-get when it can; otherwise stops with the exact command to run. Never skips.
set -euo pipefail

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# The template round trip types values into the workbook through LibreOffice's UNO API.
/usr/bin/python3 -c 'import uno' >/dev/null 2>&1 || missing+=(python3-uno)
# The PDF/UA checker (scripts/pdf-ua-check.py) walks structure trees and content streams.
/usr/bin/python3 -c 'import pikepdf' >/dev/null 2>&1 || missing+=(python3-pikepdf)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
echo "The tests need these Debian packages: ${missing[*]}" >&2
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing them: $cmd" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  echo "Installing them with sudo: $cmd" >&2
  sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
else
  echo "Cannot install them from here. Run, as root:" >&2
  echo "  $cmd" >&2
  exit 1
fi
