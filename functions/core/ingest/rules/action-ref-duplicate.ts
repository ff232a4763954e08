import { foldText } from '../../framework.js';
import { issue } from '../catalogue.js';
import type { Rule } from './types.js';

/** ACTION_REF_DUPLICATE: two actions with one Ref (compared ignoring case, accents and spacing). */
export const actionRefDuplicate: Rule = {
  code: 'ACTION_REF_DUPLICATE',
  check: ({ actions }) => {
    const seen = new Map<string, number | null>();
    return actions.flatMap((a) => {
      if (!a.ref) return [];
      const key = foldText(a.ref).replace(/\s+/g, '');
      if (!seen.has(key)) {
        seen.set(key, a.origin.row);
        return [];
      }
      return [issue('ACTION_REF_DUPLICATE', a.origin, a.ref, { firstRow: seen.get(key) })];
    });
  },
};
