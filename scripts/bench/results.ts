/** The shape of bench/results.json. */

import type { BundleResults } from './bundles.js';
import type { ChromiumResults } from './chromium.js';
import type { IngestResults } from './ingest.js';
import type { MachineFacts } from './measure.js';
import type { PortalUploadResults } from './portal-upload.js';
import type { ConsolidatedRenderResults, CountryRenderResults } from './render.js';
import type { TaggingResults } from './tagging.js';
import type { YearlyRunResults } from './yearly-run.js';

export interface TargetResult {
  /** What is measured, e.g. `country report PDF p50`. */
  name: string;
  /** The target as text, e.g. `<= 80 ms`. */
  target: string;
  actual: string;
  met: boolean;
}

export interface BenchResults {
  schemaVersion: 1;
  mode: 'full' | 'quick';
  startedAt: string;
  durationS: number;
  machine: MachineFacts & { loadAverageAtEnd: number };
  data: {
    year: number;
    years: number[];
    countries: number;
    actionsPerCountry: number;
    uploads: { xlsx: number; ods: number; csv: number };
    generateMs: number;
  };
  ingest: IngestResults;
  countryReport: CountryRenderResults;
  consolidatedReport: ConsolidatedRenderResults;
  yearlyRun: YearlyRunResults;
  bundles: BundleResults;
  /** `ratio`: Chromium p50 over pdfmake p50 for the same country reports. */
  chromium: ChromiumResults & { pdfmakeP50Ms: number; ratio: number };
  /** Tagged PDF/UA against untagged, and Chromium's tagged output (scripts/bench/tagging.ts). */
  tagging?: TaggingResults;
  /** Upload to answer on the local portal (scripts/bench/portal-upload.ts). */
  portalUpload?: PortalUploadResults;
  targets: TargetResult[];
}
