#!/usr/bin/env bash
# `npm test`: the whole suite, as CI runs it. System packages first (never skipped),
# then templates, types, lint, and every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh
npm run --silent build:templates
echo "== type check"
npx tsc -p tsconfig.json --noEmit
echo "== lint"
npx biome check --diagnostic-level=error .
echo "== tests"
NODE_OPTIONS="${NODE_OPTIONS:-} --openssl-legacy-provider" npx vitest run "$@"
