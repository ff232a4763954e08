import { issue } from '../catalogue.js';
import { indicatorLabel } from '../indicators.js';
import { countingLines, type Rule } from './types.js';

/**
 * CHANGE_OVER_50_PERCENT: a number that moved by more than half (either way) from last
 * year's accepted value. Both values must be non-zero numbers: from or to zero has no
 * meaningful percentage.
 */
export const changeOver50Percent: Rule = {
  code: 'CHANGE_OVER_50_PERCENT',
  check: ({ indicators, previous }) => {
    if (!previous) return [];
    const before = new Map(previous.indicators.map((i) => [i.id, i.value]));
    return [...countingLines(indicators).values()].flatMap((line) => {
      const old = before.get(line.indicator.id);
      const now = line.value;
      if (typeof old !== 'number' || typeof now !== 'number' || old === 0 || now === 0) return [];
      const change = (now - old) / Math.abs(old);
      if (Math.abs(change) <= 0.5) return [];
      const pct = Math.round(change * 100);
      return [
        issue('CHANGE_OVER_50_PERCENT', line.origin, line.raw, {
          indicator: indicatorLabel(line.indicator),
          previous: old,
          current: now,
          change: `${pct > 0 ? '+' : ''}${pct}%`,
        }),
      ];
    });
  },
};
