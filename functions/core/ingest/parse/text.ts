/** Text fields as a person typed them, minus what could hurt a report or a later export. */
import type { CellValue } from '../../workbook.js';

// C0 and C1 control characters and DEL (\p{Cc}), except tab and newline, handled per field kind.
const CONTROL = /(?![\t\n])\p{Cc}/gu;

/**
 * A cell as text for a text field: control characters stripped, right-to-left text and
 * emoji kept. `long` fields (descriptions, notes) keep tabs and line breaks; short ones
 * (title, ref, source) get them as single spaces. Empty becomes null.
 */
export function cleanText(value: CellValue, long = false): string | null {
  if (value === null) return null;
  let text: string;
  if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  else if (typeof value === 'boolean') text = value ? 'yes' : 'no';
  else text = String(value);
  text = text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
  if (long)
    text = text
      .split('\n')
      .map((l) => l.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n');
  else text = text.replace(/[\t\n]+/g, ' ').replace(/ {2,}/g, ' ');
  text = text.trim();
  return text === '' ? null : text;
}

/** Text a spreadsheet program would run as a formula if it were exported as is. */
export function looksLikeFormula(text: string | null): boolean {
  return text !== null && /^[=+\-@]/.test(text);
}
