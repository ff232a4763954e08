import { issue } from '../catalogue.js';
import { countingLines, type Rule } from './types.js';

/** CONVICTED_ABOVE_PROSECUTED: offenders convicted (T2.4) above offenders prosecuted (T2.3). */
export const convictedAboveProsecuted: Rule = {
  code: 'CONVICTED_ABOVE_PROSECUTED',
  check: ({ indicators }) => {
    const lines = countingLines(indicators);
    const convicted = lines.get('T2.4');
    const prosecuted = lines.get('T2.3');
    if (typeof convicted?.value !== 'number' || typeof prosecuted?.value !== 'number') return [];
    if (convicted.value <= prosecuted.value) return [];
    return [
      issue('CONVICTED_ABOVE_PROSECUTED', convicted.origin, convicted.value, {
        convicted: convicted.value,
        prosecuted: prosecuted.value,
      }),
    ];
  },
};
