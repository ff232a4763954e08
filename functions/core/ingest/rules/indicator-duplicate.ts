import { issue } from '../catalogue.js';
import { type IndicatorLine, indicatorLabel } from '../indicators.js';
import type { Rule } from './types.js';

/** INDICATOR_DUPLICATE (different values) and INDICATOR_DUPLICATE_SAME_VALUE: an indicator on two lines with data. */
export const indicatorDuplicate: Rule = {
  code: 'INDICATOR_DUPLICATE',
  check: ({ indicators }) => {
    const first = new Map<string, IndicatorLine>();
    return indicators.flatMap((line) => {
      if (!line.typed) return [];
      const id = line.indicator.id;
      const earlier = first.get(id);
      if (!earlier) {
        first.set(id, line);
        return [];
      }
      const params = {
        indicator: indicatorLabel(line.indicator),
        firstRow: earlier.origin.row,
        first: show(earlier.raw),
        second: show(line.raw),
      };
      const same = !earlier.invalid && !line.invalid && earlier.value === line.value;
      return [
        issue(same ? 'INDICATOR_DUPLICATE_SAME_VALUE' : 'INDICATOR_DUPLICATE', line.origin, line.raw, params),
      ];
    });
  },
};

function show(v: IndicatorLine['raw']): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v === null ? 'empty' : String(v);
}
