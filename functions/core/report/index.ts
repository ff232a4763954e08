/** The report view models: `buildCountryReport`, `buildConsolidatedReport` and their types. */
export { buildConsolidatedReport, headlineIndicators } from './consolidated.js';
export { buildCountryReport } from './country.js';
export { sampleMark } from './shared.js';
export type * from './types.js';
