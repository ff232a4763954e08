/**
 * Security checks a reviewer would ask for, on the real code paths:
 * - the presigned POST policy (decoded): exact key under the caller's country, size range,
 *   expiry at most 15 minutes, and a traversal file name cannot leave the prefix;
 * - uploaded text that looks like a URL, SVG or data: URI reaches the pdfmake document
 *   only as text (never as a link, image or SVG), and the HTML shows it escaped;
 * - the open data CSV neutralises formula text;
 * - the cover's contact name and e-mail appear in no report (HTML, PDF text, CSV, JSON).
 * `npm audit` is run by hand and recorded in docs/reliability.md (the registry's audit
 * endpoint does not answer on this machine).
 */
import { S3Client } from '@aws-sdk/client-s3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfPrinter } from '../../functions/adapters/pdf-printer.js';
import { createUploadPresigner } from '../../functions/adapters/s3-presign.js';
import { createInProcessRenderer } from '../../functions/app/publish/in-process-renderer.js';
import { buildCountryModel } from '../../functions/app/publish/models.js';
import { buildOpenDataRecords } from '../../functions/app/publish/open-data-records.js';
import type { ReportRenderer } from '../../functions/app/publish/ports.js';
import type { YearPlan } from '../../functions/app/publish/steps.js';
import { frameworkVersion } from '../../functions/core/framework.js';
import { ingestUpload } from '../../functions/core/ingest/index.js';
import type { Submission } from '../../functions/core/submission.js';
import { renderOpenDataCsv, renderOpenDataJson } from '../../functions/render/open-data.js';
import { countryPdfDocument } from '../../functions/render/pdf.js';
import { extractPdfText } from '../helpers/pdf-text.js';

const payloads = {
  url: 'https://attacker.example.org/track.png',
  svg: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><image href="https://attacker.example.org/x.png"/></svg>',
  data: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk',
  formula: '=HYPERLINK("https://attacker.example.org","click")',
};
const contact = { name: 'Jeanne Secretname', email: 'jeanne.secret@example.org' };

/** A workbook for France 2014 whose every text field is one of the payloads. */
async function hostileWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Cover').addRows([
    ['Country', 'France'],
    ['Reporting year', 2014],
    ['Contact name', contact.name],
    ['Organisation', payloads.url],
    ['Email', contact.email],
    ['Date', '2015-03-01'],
  ]);
  const ind = book.addWorksheet('Indicators');
  ind.addRow(['Indicator', 'Value', 'Source', 'Notes']);
  ind.addRow(['T1.2', 120, payloads.url, payloads.svg]);
  ind.addRow(['T2.3', 80, payloads.data, payloads.formula]);
  const act = book.addWorksheet('Actions');
  act.addRow([
    'Ref',
    'Target',
    'Title',
    'Description',
    'Kind',
    'Status',
    'Lead organisation',
    'Progress note',
  ]);
  act.addRow([
    'FR-1-01',
    '1',
    payloads.svg,
    payloads.url,
    'commitment',
    'in-progress',
    payloads.data,
    payloads.formula,
  ]);
  act.addRow([
    'FR-2-01',
    '2',
    payloads.url,
    payloads.svg,
    'baseline',
    'completed',
    payloads.formula,
    payloads.data,
  ]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Every node of a document definition with its path. */
function* walk(node: unknown, path = '$'): Generator<{ path: string; key: string; value: unknown }> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* walk(node[i], `${path}[${i}]`);
  } else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      yield { path, key, value };
      yield* walk(value, `${path}.${key}`);
    }
}

describe('security checks', () => {
  let submission: Submission;
  let renderer: ReportRenderer;
  const plan: YearPlan = {
    year: 2014,
    edition: 1,
    sample: false,
    frameworkVersion,
    generated: '2015-03-01',
    published: null,
    uploaded: ['FR'],
    reporting: ['FR'],
    notReporting: [],
    files: [],
  };

  beforeAll(async () => {
    const result = await ingestUpload({
      bytes: await hostileWorkbook(),
      fileName: 'fr.xlsx',
      country: 'FR',
      year: 2014,
    });
    expect(result.accepted).toBe(true);
    submission = result.submission!;
    expect(submission.cover.contactName).toBe(contact.name);
    renderer = createInProcessRenderer(createPdfPrinter());
  }, 60_000);
  afterAll(async () => renderer?.close());

  it('presigned POST: exact key in the caller’s country, 1 byte to the size cap, expiry at most 15 minutes', async () => {
    const now = new Date('2015-03-01T10:00:00Z');
    const presigner = createUploadPresigner({
      client: new S3Client({
        region: 'eu-west-1',
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
      }),
      bucket: 'uploads',
      expiresSeconds: 3600,
      now: () => now,
    });
    for (const fileName of ['rapport.xlsx', '../../DE/rapport.xlsx', '..\\..\\2015\\DE\\x.xlsx']) {
      const form = await presigner.presignUpload({ country: 'FR', year: 2014, fileName });
      const policy = JSON.parse(Buffer.from(form.fields.Policy!, 'base64').toString('utf8')) as {
        expiration: string;
        conditions: unknown[];
      };
      expect(form.key).toMatch(/^2014\/FR\/[^/]+$/);
      expect(policy.conditions).toContainEqual(['eq', '$key', form.key]);
      expect(policy.conditions).toContainEqual(['content-length-range', 1, 10 * 1024 * 1024]);
      expect(policy.conditions).not.toContainEqual(expect.arrayContaining(['starts-with']));
      const minutes = (Date.parse(policy.expiration) - Date.now()) / 60_000;
      expect(minutes).toBeLessThanOrEqual(15.1);
    }
  });

  it('uploaded URLs, SVG and data: URIs reach pdfmake only as text, never as a link, image or SVG', () => {
    const doc = countryPdfDocument(buildCountryModel(plan, submission, []));
    const found = { text: 0 };
    for (const { path, key, value } of walk(doc)) {
      if (typeof value !== 'string') continue;
      const carries =
        value.includes('attacker.example.org') || value.includes('data:image') || value.includes('onload');
      if (!carries) continue;
      if (key === 'text') found.text++;
      else throw new Error(`uploaded text in ${path}.${key}: ${value.slice(0, 80)}`);
    }
    expect(found.text).toBeGreaterThanOrEqual(4);
    for (const { key, value } of walk(doc))
      if (key === 'image' || key === 'link' || key === 'svg')
        expect(String(value)).not.toMatch(/attacker\.example\.org|data:image|onload/);
  });

  it('the rendered HTML shows the markup escaped, and the PDF as plain text', async () => {
    const { pdf, html } = await renderer.renderCountry(buildCountryModel(plan, submission, []));
    const page = Buffer.from(html).toString('utf8');
    expect(page).not.toContain('<svg xmlns="http://www.w3.org/2000/svg" onload');
    expect(page).not.toMatch(/<(img|image|a)\b[^>]*attacker\.example\.org/);
    expect(page).toContain('&lt;svg');
    const text = (await extractPdfText(pdf)).join('\n');
    expect(text).toContain('attacker.example.org');
  }, 60_000);

  it('the open data CSV neutralises formula text', () => {
    const records = buildOpenDataRecords(2014, [{ submission, history: [] }]);
    const csv = Buffer.from(renderOpenDataCsv(records)).toString('utf8');
    const fields = csv.split(/\r?\n/).flatMap((line) => line.split(',').map((f) => f.replace(/^"/, '')));
    expect(fields.filter((f) => /^[=+\-@]/.test(f) && !/^-?\d/.test(f))).toEqual([]);
    expect(csv).toContain('HYPERLINK');
  });

  it('the contact’s name and e-mail appear in no report: HTML, PDF text, CSV, JSON', async () => {
    const { pdf, html } = await renderer.renderCountry(buildCountryModel(plan, submission, []));
    const records = buildOpenDataRecords(2014, [{ submission, history: [] }]);
    const outputs = {
      html: Buffer.from(html).toString('utf8'),
      pdf: (await extractPdfText(pdf)).join('\n'),
      csv: Buffer.from(renderOpenDataCsv(records)).toString('utf8'),
      json: Buffer.from(
        renderOpenDataJson(records, {
          year: 2014,
          edition: 1,
          frameworkVersion,
          generated: '2015-03-01',
          sample: false,
        }),
      ).toString('utf8'),
    };
    for (const [name, text] of Object.entries(outputs)) {
      expect(text.length, name).toBeGreaterThan(100);
      expect(text, name).not.toContain('Secretname');
      expect(text, name).not.toContain('jeanne.secret');
    }
  }, 60_000);
});
