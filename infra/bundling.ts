/**
 * How every handler is bundled: one place for the stack (NodejsFunction) and for
 * scripts/bundle-report.ts, so the sizes the report prints are the sizes that deploy.
 */
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The font folder copied beside each rendering handler, and where the handler finds it. */
export const fontSourceDir = fileURLToPath(new URL('../fonts', import.meta.url));
export const lambdaFontDir = '/var/task/fonts';
export { FONT_DIR_ENV } from '../functions/adapters/font-dir.js';

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
  'reconcile',
  'remind',
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

const shim = (path: string) => fileURLToPath(new URL(`./shims/${path}`, import.meta.url));

/**
 * Packages that a dependency requires but that no handler's code path reaches, replaced in the
 * Lambda bundles by a stand-in (infra/shims/): requiring it works, using it throws and names
 * it. Each is checked by test/infra/bundle-contents.test.ts, which runs the bundled code on
 * real files. (Tests and the CLI run the real packages.)
 */
export const leftOutPackages: Record<string, { shim: string; why: string }> = {
  brotli: {
    shim: shim('brotli'),
    why: 'fontkit decompresses WOFF2 fonts with it (475 KB of emscripten); we ship TTF files, and the stand-in uses node:zlib anyway',
  },
  unzipper: {
    shim: shim('left-out.cjs'),
    why: 'exceljs’s streaming reader only (with bluebird, fstream, big-integer...); we read workbooks with xlsx.load(buffer), which uses JSZip',
  },
  archiver: {
    shim: shim('left-out.cjs'),
    why: 'exceljs’s streaming writer only (with glob, minimatch, tar-stream, zip-stream...); writeBuffer uses JSZip',
  },
  tmp: { shim: shim('tmp.cjs'), why: 'exceljs’s streaming reader only' },
  semver: {
    shim: shim('left-out.cjs'),
    why: 'aws-xray-sdk-core checks the AWS SDK v2 version with it in captureAWS only; the tracer wraps our v3 clients with captureAWSv3Client, which never calls it',
  },
  'fast-csv': {
    shim: shim('left-out.cjs'),
    why: 'exceljs’s CSV import and export; CSV uploads are read with csv-parse',
  },
};

/**
 * iconv-lite's double-byte code page tables (Chinese, Japanese, Korean: 394 KB of JSON),
 * required lazily only when such an encoding is asked for; uploads are decoded as UTF-8,
 * UTF-16 or Windows-1252 (functions/core/read/decode.ts). Left out of the bundle: asking for
 * one in Lambda would fail with "Cannot find module", never silently.
 */
export const leftOutFiles = [`${repoRoot}node_modules/iconv-lite/encodings/tables/*`];

/**
 * esbuild settings shared by the stack and the bundle report. CommonJS: pdfmake breaks as
 * ESM output. `module` before `main`: the AWS SDK's ES builds tree-shake better (-160 KB).
 *
 * The AWS SDK is bundled, pinned by our lock file, and not taken from the Lambda runtime
 * (`@aws-sdk/*` external): the runtime's copy changes under us at AWS's pace and is not the
 * version the tests ran; bundling only the commands we import costs about 400 KB and under
 * 60 ms of cold load (scripts/bundle-report.ts shows it), which the targets allow.
 */
export const esbuildSettings = {
  minify: true,
  // No source maps: a 8 MB map parsed at every cold start (--enable-source-maps) costs more
  // than it gives; error names and codes are set explicitly and survive minification.
  sourceMap: false,
  format: 'cjs' as const,
  target: nodeTarget,
  platform: 'node' as const,
  mainFields: ['module', 'main'],
  legalComments: 'none' as const,
  alias: Object.fromEntries(Object.entries(leftOutPackages).map(([name, { shim }]) => [name, shim])),
  external: leftOutFiles,
  // Keep `import.meta.url` usable in CommonJS output (pdf-printer and others resolve files).
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: "const importMetaUrl = require('url').pathToFileURL(__filename).href;",
};

/** The same settings as arguments of esbuild's JavaScript API (bundle report, tests). */
export function esbuildOptions(name: HandlerName, outfile: string) {
  return {
    entryPoints: [handlerEntry(name)],
    outfile,
    bundle: true,
    minify: esbuildSettings.minify,
    sourcemap: esbuildSettings.sourceMap,
    format: esbuildSettings.format,
    platform: esbuildSettings.platform,
    target: esbuildSettings.target,
    mainFields: esbuildSettings.mainFields,
    legalComments: esbuildSettings.legalComments,
    alias: esbuildSettings.alias,
    external: esbuildSettings.external,
    define: esbuildSettings.define,
    banner: { js: esbuildSettings.banner },
    metafile: true,
    logLevel: 'error' as const,
  };
}
