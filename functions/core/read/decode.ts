/**
 * Bytes of a text upload to text, the way the files come in the wild: UTF-8 with or
 * without BOM, UTF-16 (Excel "Unicode Text"), or Windows-1252 (Excel "CSV" on Western
 * European Windows). Strict UTF-8 first, because Windows-1252 decodes anything.
 */
import iconv from 'iconv-lite';

export type Decoded = { text: string; encoding: string } | { binary: true };

const SAMPLE_BYTES = 64 * 1024;

function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // Latin text in UTF-16 has a zero in nearly every other byte, and almost none in the rest.
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of bytes in the sample that never occur in text (NUL and most C0 controls). */
function binaryShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 26) odd++;
  }
  return n === 0 ? 0 : odd / n;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes a text upload, or says it is binary data rather than text. */
export function decodeText(bytes: Uint8Array): Decoded {
  // A byte order mark is a claim, not proof: a program that wrote the mark and then the
  // text in another encoding is not rare. Trust it only when the bytes agree with it.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    const utf8 = strictUtf8(rest);
    if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8-bom' };
    return { text: iconv.decode(Buffer.from(rest), 'windows-1252'), encoding: 'windows-1252' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const rest = bytes.subarray(2);
    const declared = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const utf8 = utf16Guess(rest) === null && binaryShare(rest) === 0 ? strictUtf8(rest) : undefined;
    if (utf8 !== undefined && rest.length > 0) return { text: utf8, encoding: 'utf-8' };
    return { text: iconv.decode(Buffer.from(rest), declared), encoding: declared };
  }
  const utf16 = utf16Guess(bytes);
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 };
  // A few stray NULs or controls are removed later with a warning; many mean binary data.
  if (binaryShare(bytes) > 0.05) return { binary: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}
