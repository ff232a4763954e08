/**
 * What an upload is, told from its first bytes (never from its name: a CSV renamed .xlsx
 * or an old .xls renamed .xlsx are both common).
 */

export type Sniffed =
  | { kind: 'empty' }
  | { kind: 'zip' }
  | { kind: 'ole2' }
  | { kind: 'legacy'; what: string }
  | { kind: 'unsupported'; what: string }
  | { kind: 'text' };

const MAGIC: ReadonlyArray<{ bytes: number[]; what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG picture' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG picture' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF picture' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

/** Text at the start of the file, lower-cased, after a UTF-8 BOM and white space. */
function leadingText(bytes: Uint8Array): string {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++;
  let text = '';
  for (let j = i; j < Math.min(bytes.length, i + 1024); j++) text += String.fromCharCode(bytes[j]!);
  return text.toLowerCase();
}

/** Tells the container format from the magic bytes. */
export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return { kind: 'zip' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'ole2' };
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) return { kind: 'unsupported', what: m.what };
  const head = leadingText(bytes);
  if (head.startsWith('<html') || head.startsWith('<!doctype html') || head.startsWith('<table'))
    return { kind: 'legacy', what: 'a web page (HTML) saved with a spreadsheet name' };
  if (head.startsWith('<?xml') && head.includes('progid="excel.sheet"'))
    return { kind: 'legacy', what: 'an Excel 2003 XML spreadsheet' };
  return { kind: 'text' };
}

/** UTF-16LE text as it appears in OLE2 directory entries. */
function utf16le(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.charCodeAt(0), 0);
  return out;
}

function containsBytes(haystack: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first ?? 0); i !== -1; i = haystack.indexOf(first ?? 0, i + 1)) {
    if (i + needle.length > haystack.length) return false;
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * An OLE2 compound file is either an encrypted OOXML workbook (Excel puts the encrypted
 * zip in a stream named EncryptedPackage) or a legacy Excel 97-2003 workbook (a stream
 * named Workbook, or Book for Excel 5), or some other Office document.
 */
export function classifyOle2(bytes: Uint8Array): 'encrypted' | 'xls' | 'other' {
  if (containsBytes(bytes, utf16le('EncryptedPackage'))) return 'encrypted';
  if (containsBytes(bytes, utf16le('Workbook')) || containsBytes(bytes, [...utf16le('Book'), 0, 0]))
    return 'xls';
  return 'other';
}
