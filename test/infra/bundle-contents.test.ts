/**
 * What the slimmed Lambda bundles hold, and that they still do the work: the ingest and
 * render-drafts handlers are bundled with the stack's own settings (infra/bundling.ts: left-out
 * packages replaced, iconv-lite's CJK tables out), loaded with require() as Lambda does, and
 * run on real uploads (xlsx, ods, CSV in UTF-8, UTF-16 and Windows-1252) over an in-memory
 * store. Their records, submissions and PDFs must equal, byte for byte, what the source code
 * (the real packages, as tests and the CLI use) makes of the same uploads.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Log } from '../../functions/adapters/log.js';
import type { ObjectStore, StoredObject } from '../../functions/core/ports.js';
import * as ingestSource from '../../functions/handlers/ingest.js';
import * as renderSource from '../../functions/handlers/render-drafts.js';
import {
  esbuildOptions,
  FONT_DIR_ENV,
  fontSourceDir,
  type HandlerName,
  leftOutPackages,
} from '../../infra/bundling.js';
import { extractPdfText } from '../helpers/pdf-text.js';
import { sqsBatch, sqsRecord } from '../integration/s3-events.js';

const quiet: Log = { info() {}, error() {} };
const file = (path: string) => readFile(fileURLToPath(new URL(`../../${path}`, import.meta.url)));

/** The ObjectStore contract in memory, with fixed times so that both runs see the same uploads. */
class MemoryStore implements ObjectStore {
  readonly objects = new Map<string, Uint8Array>();
  async get(key: string) {
    return this.objects.get(key);
  }
  async put(key: string, bytes: Uint8Array) {
    this.objects.set(key, new Uint8Array(bytes));
  }
  async head(key: string): Promise<StoredObject | undefined> {
    const bytes = this.objects.get(key);
    return bytes
      ? { key, size: bytes.byteLength, modified: new Date('2014-03-01T10:00:00Z'), etag: key }
      : undefined;
  }
  async list(prefix: string) {
    const keys = [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort();
    return Promise.all(keys.map(async (k) => (await this.head(k))!));
  }
}

const uploads: Array<[string, string]> = [
  ['2013/FR/01-FR-2013.xlsx', 'samples/2013/FR/01-FR-2013.xlsx'],
  ['2013/DE/01-DE-2013.ods', 'samples/2013/DE/01-DE-2013.ods'],
  ['2013/CH/01-CH-2013-actions.csv', 'samples/2013/CH/01-CH-2013-actions.csv'],
  ['2013/CH/01-CH-2013-indicators.csv', 'samples/2013/CH/01-CH-2013-indicators.csv'],
  ['2013/AT/export-utf16.csv', 'test/fixtures/read/lo-utf16-tab.csv'],
  ['2013/BE/export-1252.csv', 'test/fixtures/read/lo-windows-1252-semicolon.csv'],
];

type IngestModule = typeof ingestSource;
type RenderModule = typeof renderSource;

/** Every upload through the ingest, then every current/ key through render-drafts. */
async function runPipeline(ingest: IngestModule, render: RenderModule): Promise<MemoryStore> {
  const originals = new MemoryStore();
  for (const [key, path] of uploads) await originals.put(key, await file(path));
  const data = new MemoryStore();
  const deps = {
    uploads: {
      read: async (key: string) => {
        const bytes = await originals.get(key);
        return bytes && { bytes, modified: new Date('2014-03-01T10:00:00Z'), etag: `etag-${key}` };
      },
    },
    data,
  };
  for (const [key] of uploads) {
    const body = JSON.stringify({
      Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'uploads' }, object: { key } } }],
    });
    expect(await ingest.handleIngestBatch(sqsBatch(sqsRecord(body)), deps, quiet)).toEqual({
      batchItemFailures: [],
    });
  }
  const events = [...data.objects.keys()]
    .filter((k) => k.startsWith('current/'))
    .map((key) =>
      sqsRecord(
        JSON.stringify({
          Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'data' }, object: { key } } }],
        }),
      ),
    );
  expect(
    await render.handleRenderDraftsBatch(sqsBatch(...events), render.withPdfRenderer(data), quiet),
  ).toEqual({
    batchItemFailures: [],
  });
  return data;
}

describe('the slimmed Lambda bundles', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'bundle-contents-'));
  const bundles = new Map<HandlerName, { file: string; metafile: Metafile }>();
  const fontDirBefore = process.env[FONT_DIR_ENV];

  beforeAll(async () => {
    for (const name of ['ingest', 'render-drafts', 'publish-country', 'remind'] as const) {
      const file = join(outdir, `${name}.cjs`);
      const { metafile } = await build(esbuildOptions(name, file));
      bundles.set(name, { file, metafile: metafile! });
    }
    // Lambda sets this for the renderers (fonts copied beside the bundle); here, the repo's.
    process.env[FONT_DIR_ENV] = fontSourceDir;
  }, 120_000);
  afterAll(() => {
    if (fontDirBefore === undefined) delete process.env[FONT_DIR_ENV];
    else process.env[FONT_DIR_ENV] = fontDirBefore;
    rmSync(outdir, { recursive: true, force: true });
  });

  const inputs = (name: HandlerName) => Object.keys(bundles.get(name)!.metafile.inputs);

  it('keep the ingest free of PDF and report code, and every left-out package out', () => {
    const ingest = inputs('ingest');
    for (const pkg of [
      'pdfmake',
      'pdfkit',
      'fontkit',
      'handlebars',
      'functions/render/',
      'functions/core/report/',
    ])
      expect(
        ingest.filter((p) => p.includes(pkg)),
        pkg,
      ).toEqual([]);
    // The remind function mails through SES: the SMTP and .eml adapters (nodemailer) stay out.
    expect(inputs('remind').filter((p) => p.includes('node_modules/nodemailer/'))).toEqual([]);
    for (const name of bundles.keys()) {
      const all = inputs(name);
      for (const pkg of Object.keys(leftOutPackages))
        expect(
          all.filter((p) => p.includes(`node_modules/${pkg}/`)),
          `${name}: ${pkg}`,
        ).toEqual([]);
      expect(all.filter((p) => p.includes('iconv-lite/encodings/tables/'))).toEqual([]);
      // zod by namespace import: the tree-shaken classic build (about 90 KB), not all of it
      // with every locale (454 KB).
      const zodBytes = Object.values(bundles.get(name)!.metafile.outputs)
        .flatMap((o) => Object.entries(o.inputs))
        .filter(([p]) => p.includes('node_modules/zod/'))
        .reduce((sum, [, i]) => sum + i.bytesInOutput, 0);
      expect(zodBytes, `${name}: zod`).toBeLessThan(150 * 1024);
    }
  });

  it('are each at most 1.5 MB of JavaScript (more, measured and explained, for the three that carry the four languages)', () => {
    // The portal answers in English, French, German and Spanish, and the ingest (with the
    // reconcile, which replays it) tells a workbook's language from its headers and writes
    // receipts in all four: the four catalogues, with the reporting cycle's texts, are about
    // 280 KB of each. The portal also carries the SES and Cognito clients (mail, the contact
    // directory: about 190 KB). Splitting the catalogues by domain (issues, portal, mail,
    // workbook) is what would bring them back to 1.5 MB; until then these budgets stop growth.
    const budgets: Record<string, number> = { portal: 2.2, ingest: 1.75, reconcile: 1.75 };
    for (const [name, { file }] of bundles) {
      const budget = (budgets[name] ?? 1.5) * 1024 * 1024;
      expect(statSync(file).size, name).toBeLessThanOrEqual(budget);
    }
  });

  it('ingest and render real uploads exactly as the source code does', async () => {
    const require = createRequire(import.meta.url);
    const ingest = require(bundles.get('ingest')!.file) as IngestModule;
    const render = require(bundles.get('render-drafts')!.file) as RenderModule;
    const bundled = await runPipeline(ingest, render);
    const source = await runPipeline(ingestSource, renderSource);

    const keys = [...source.objects.keys()].sort();
    expect([...bundled.objects.keys()].sort()).toEqual(keys);
    // Every upload was read (accepted or not); the CSVs in UTF-16 and Windows-1252 decoded.
    expect(keys.filter((k) => k.endsWith('/validation.json'))).toHaveLength(uploads.length);
    for (const key of keys) {
      expect(Buffer.from(bundled.objects.get(key)!).equals(Buffer.from(source.objects.get(key)!)), key).toBe(
        true,
      );
    }
    expect(keys).toEqual(
      expect.arrayContaining([
        'drafts/2013/FR.pdf',
        'drafts/2013/CH.html',
        'drafts/2013/consolidated.pdf',
        'drafts/2013/data.csv',
      ]),
    );
    expect((await extractPdfText(bundled.objects.get('drafts/2013/consolidated.pdf')!)).join(' ')).toContain(
      'Switzerland',
    );
  }, 120_000);
});
