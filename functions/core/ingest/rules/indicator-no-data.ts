import { reportedIndicators } from '../../framework.js';
import { issue } from '../catalogue.js';
import { indicatorLabel } from '../indicators.js';
import { countingLines, type Rule } from './types.js';

/** INDICATOR_NO_DATA: each indicator a country reports that is missing or empty, when the upload has the table. */
export const indicatorNoData: Rule = {
  code: 'INDICATOR_NO_DATA',
  check: ({ indicators, hasIndicators }) => {
    if (!hasIndicators) return [];
    const lines = countingLines(indicators);
    return reportedIndicators.flatMap((ind) => {
      const line = lines.get(ind.id);
      if (line && (line.value !== null || line.invalid)) return [];
      return [issue('INDICATOR_NO_DATA', line?.origin ?? {}, null, { indicator: indicatorLabel(ind) })];
    });
  },
};
