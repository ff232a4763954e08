/**
 * How every handler is bundled: one place for the stack (NodejsFunction) and for
 * scripts/bundle-report.ts, so the sizes the report prints are the sizes that deploy.
 */
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The font folder copied beside each rendering handler, and where the handler finds it. */
export const fontSourceDir = fileURLToPath(new URL('../fonts', import.meta.url));
export const lambdaFontDir = '/var/task/fonts';
export const FONT_DIR_ENV = 'ALLIANCE_FONT_DIR';

/** Node version of the runtime (Runtime.NODEJS_24_X) and of the esbuild target. */
export const nodeTarget = 'node24';

/** The handlers the stack deploys, by name; each is functions/handlers/<name>.ts. */
export const handlerNames = [
  'ingest',
  'render-drafts',
  'portal',
  'publish-plan',
  'publish-country',
  'publish-consolidated',
  'publish-open-data',
  'publish-manifest',
] as const;
export type HandlerName = (typeof handlerNames)[number];

/** Handlers that render PDFs: they get the TTF files beside the bundle. */
export const renderingHandlers: readonly HandlerName[] = [
  'render-drafts',
  'publish-country',
  'publish-consolidated',
];

export function handlerEntry(name: HandlerName): string {
  return fileURLToPath(new URL(`../functions/handlers/${name}.ts`, import.meta.url));
}

/**
 * esbuild settings shared by the stack and the bundle report. CommonJS: pdfmake breaks as
 * ESM output. The AWS SDK is bundled (pinned by our lock file), not taken from the runtime.
 */
export const esbuildSettings = {
  minify: true,
  // No source maps: a 8 MB map parsed at every cold start (--enable-source-maps) costs more
  // than it gives; error names and codes are set explicitly and survive minification.
  sourceMap: false,
  format: 'cjs' as const,
  target: nodeTarget,
  platform: 'node' as const,
  // Keep `import.meta.url` usable in CommonJS output (pdf-printer and others resolve files).
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: "const importMetaUrl = require('url').pathToFileURL(__filename).href;",
};
