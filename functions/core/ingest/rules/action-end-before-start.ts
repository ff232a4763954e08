import { issue } from '../catalogue.js';
import { endsBeforeStart } from '../parse/dates.js';
import { actionRule } from './types.js';

/** ACTION_END_BEFORE_START: an action whose end lies wholly before its start. */
export const actionEndBeforeStart = actionRule('ACTION_END_BEFORE_START', (a) => {
  if (!a.start || !a.end || !endsBeforeStart(a.start, a.end)) return [];
  return [
    issue('ACTION_END_BEFORE_START', a.endPlace ?? a.origin, a.end, {
      ref: a.ref ? `"${a.ref}"` : `on row ${a.origin.row}`,
      start: a.start,
      end: a.end,
    }),
  ];
});
