/** Yes/no answers in the forms people use, in English, French, German and Spanish. */
import { foldText } from '../../framework.js';
import type { Cell } from '../../workbook.js';
import { isNoData } from './numbers.js';

const YES = new Set([
  'yes',
  'y',
  'true',
  '1',
  'x',
  'oui',
  'ja',
  'j',
  'si',
  'wahr',
  'vrai',
  'verdadero',
  'ok',
]);
const NO = new Set(['no', 'n', 'false', '0', 'non', 'nein', 'falsch', 'faux', 'falso']);
const YES_MARKS = new Set(['✓', '✔', '☑', '✅', '√']);
const NO_MARKS = new Set(['✗', '✘', '☐', '❌']);

export type YesNoRead = { kind: 'empty' } | { kind: 'value'; value: boolean } | { kind: 'invalid' };

/** Reads a yes/no cell; empty (or "n/a") is no answer. */
export function readYesNo(cell: Cell | undefined): YesNoRead {
  const v = cell?.value ?? null;
  if (v === null) return { kind: 'empty' };
  if (typeof v === 'boolean') return { kind: 'value', value: v };
  if (typeof v === 'number') {
    if (v === 1) return { kind: 'value', value: true };
    if (v === 0) return { kind: 'value', value: false };
    return { kind: 'invalid' };
  }
  if (v instanceof Date) return { kind: 'invalid' };
  const raw = v.trim();
  if (YES_MARKS.has(raw)) return { kind: 'value', value: true };
  if (NO_MARKS.has(raw)) return { kind: 'value', value: false };
  if (isNoData(raw)) return { kind: 'empty' };
  const folded = foldText(raw).replace(/\.$/, '');
  if (YES.has(folded)) return { kind: 'value', value: true };
  if (NO.has(folded)) return { kind: 'value', value: false };
  return { kind: 'invalid' };
}
