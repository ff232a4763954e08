import type { Issue } from '../../issues.js';
import { issue } from '../catalogue.js';
import type { TextField } from '../indicators.js';
import { looksLikeFormula } from '../parse/text.js';
import type { Rule } from './types.js';

/** TEXT_LOOKS_LIKE_FORMULA: a text field starting with =, +, - or @ (kept as text, flagged). */
export const textLooksLikeFormula: Rule = {
  code: 'TEXT_LOOKS_LIKE_FORMULA',
  check: ({ indicators, actions }) =>
    [...indicators.flatMap((l) => l.texts), ...actions.flatMap((a) => a.texts ?? [])].flatMap(check),
};

function check(field: TextField): Issue[] {
  if (!looksLikeFormula(field.text)) return [];
  return [
    issue('TEXT_LOOKS_LIKE_FORMULA', field.place, field.text, { field: field.label, first: field.text?.[0] }),
  ];
}
