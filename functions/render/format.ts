/**
 * Formatting shared by the HTML and PDF renderers. The number, date and status formats
 * live in the core (functions/core/report/format.ts) because the view models carry
 * formatted strings; this module re-exports them and adds what only renderers need.
 */
import type { MatrixCell } from '../core/report/types.js';

export {
  DASH,
  formatChange,
  formatDate,
  formatDateRange,
  formatNumber,
  formatSigned,
  formatSize,
  formatValue,
  MINUS,
  statusMeanings,
  statusOrder,
  statusViews,
} from '../core/report/format.js';

/**
 * Background tints of the status matrix, by shade step (0 = none or no data, 4 = all):
 * every tint keeps the cell text (#1a1a1a) above 4.5:1 contrast, and the text always
 * carries the numbers, so the shade is never the only signal.
 */
export const matrixShades: Readonly<Record<MatrixCell['shade'], string>> = {
  0: '#ffffff',
  1: '#e3eef9',
  2: '#c4dcf2',
  3: '#9fc5ea',
  4: '#7fb2e3',
};

/** Text colour on every matrix shade. */
export const matrixText = '#1a1a1a';
