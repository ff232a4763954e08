/**
 * Digits of other scripts as 0-9: Arabic-Indic (٠١٢), Eastern Arabic-Indic as used in
 * Persian and Urdu (۰۱۲), Devanagari, Bengali, Thai and the other decimal digits of Unicode's
 * common scripts, and the full-width forms East Asian input methods type (１２３，５％).
 * Excel and LibreOffice store such text as text, not as a number: read as typed, it was
 * VALUE_NOT_A_NUMBER with nothing to say why.
 */

/** The code point of each script's zero: every Unicode decimal digit set runs 0 to 9 from it. */
const ZEROS: readonly number[] = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended (Eastern) Arabic-Indic: Persian, Urdu
  0x07c0, // NKo
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, // Oriya
  0x0be6, // Tamil
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0x0de6, // Sinhala
  0x0e50, // Thai
  0x0ed0, // Lao
  0x0f20, // Tibetan
  0x1040, // Myanmar
  0x17e0, // Khmer
  0x1810, // Mongolian
  0xff10, // full-width
];

/** Full-width punctuation of numbers, and the Arabic percent sign. */
const SIGNS: ReadonlyMap<string, string> = new Map([
  ['\uff0b', '+'],
  ['\uff0d', '-'],
  ['\uff05', '%'],
  ['\u066a', '%'],
  ['\uff0c', ','],
  ['\uff0e', '.'],
]);

/** The Arabic decimal separator (٫) and thousands separator (٬), unambiguous by themselves. */
const ARABIC_DECIMAL = '\u066b';
const ARABIC_GROUP = '\u066c';

function asciiDigit(code: number): string | undefined {
  if (code < 0x0660) return undefined;
  for (const zero of ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return undefined;
}

/**
 * The text with every decimal digit of another script as 0-9 and full-width signs as
 * ASCII; the Arabic separators become the file's marks (`decimalComma`: the decimal mark is
 * a comma), so `١٬٢٣٤٫٥` reads as 1234.5 in any file. Other characters are left alone.
 */
export function asciiDigits(text: string, decimalComma = false): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code < 0x0660) continue;
    const mapped =
      asciiDigit(code) ??
      SIGNS.get(ch) ??
      (ch === ARABIC_DECIMAL ? (decimalComma ? ',' : '.') : undefined) ??
      (ch === ARABIC_GROUP ? (decimalComma ? '.' : ',') : undefined);
    if (mapped === undefined) continue;
    out += text.slice(from, i) + mapped;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
