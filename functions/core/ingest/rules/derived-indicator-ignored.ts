import { getIndicator } from '../../framework.js';
import { issue } from '../catalogue.js';
import { indicatorLabel } from '../indicators.js';
import { indicatorRule } from './types.js';

/** DERIVED_INDICATOR_IGNORED: a value typed for an indicator the project computes (T1.4). */
export const derivedIndicatorIgnored = indicatorRule('DERIVED_INDICATOR_IGNORED', (line) => {
  const derived = line.indicator.derived;
  if (!derived || !line.typed) return [];
  const from = getIndicator(derived.from);
  return [
    issue('DERIVED_INDICATOR_IGNORED', line.origin, line.raw, {
      indicator: indicatorLabel(line.indicator),
      from: from ? indicatorLabel(from) : derived.from,
    }),
  ];
});
