/**
 * The staff table and the publication pages through the portal (handlePortalRequest over the
 * folder store): members sorted by short name in the page's language, the filters, the
 * deadline, days late, review and "changed since edition N" columns, the contacts as mailto
 * links for staff only, the CSV export (its content and its formula guard), the publish
 * confirmation naming the members missing and changed, the started page that refreshes (once asked) until
 * the edition exists, the edition page and its zip (unzipped here, compared with the manifest).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../functions/adapters/clock.js';
import { setPeriod } from '../../functions/app/cycle/periods.js';
import type { ReportRenderer } from '../../functions/app/publish/ports.js';
import { startEdition } from '../../functions/app/publish/sequence.js';
import { readerOverStore, storeUpload } from '../../functions/app/store-upload.js';
import { StoredSubmissionSource } from '../../functions/app/submissions-store.js';
import { cycleKeys } from '../../functions/core/cycle/records.js';
import { dataKeys } from '../../functions/core/keys.js';
import { membersInYear } from '../../functions/core/members.js';
import { addUser } from '../../functions/portal/local-auth.js';
import { csvCell, toCsv } from '../../functions/portal/staff-table.js';
import type { PortalDeps, PublishStarter } from '../../functions/portal/types.js';
import { Client, makePortal, PASSWORD } from './helpers.js';

const YEAR = 2014;
const fixtures = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const clock = fixedClock('2015-04-10T12:00:00Z');

/** The report models as JSON: the publish steps run for real, without pdfmake's cost. */
const jsonRenderer: ReportRenderer = {
  async renderCountry(model) {
    const bytes = new TextEncoder().encode(JSON.stringify(model));
    return { pdf: bytes, html: bytes };
  },
  async renderConsolidated(model) {
    const bytes = new TextEncoder().encode(JSON.stringify(model));
    return { pdf: bytes, html: bytes };
  },
  async close() {},
};

/** The local publish (reserve, plan, steps, manifest) on the portal's data store; `runs` settle when done. */
function publisher(data: () => PortalDeps['data'], at: () => string) {
  const runs: Promise<unknown>[] = [];
  const starter: PublishStarter = {
    async start({ year, requestedBy }) {
      const { plan, done } = await startEdition(
        year,
        {
          data: data(),
          source: new StoredSubmissionSource(data()),
          renderer: jsonRenderer,
          clock: fixedClock(at()),
        },
        { requestedBy },
      );
      runs.push(done);
      return { runId: `test-edition-${plan.edition}` };
    },
  };
  return { starter, idle: () => Promise.all(runs) };
}

/** Stores an upload through the ingest use case, as if it arrived at `at`. */
async function upload(deps: PortalDeps, country: string, fixture: string, at: string, name = fixture) {
  const key = `${YEAR}/${country}/${name}`;
  await deps.uploads.put(key, await readFile(`${fixtures}${fixture}`));
  const base = readerOverStore(deps.uploads);
  const reader = {
    async read(k: string) {
      const object = await base.read(k);
      return object && { ...object, modified: new Date(at) };
    },
  };
  return (await storeUpload({ key }, { uploads: reader, data: deps.data })).outcome;
}

/** The HTML entities Handlebars writes in attributes, read back. */
const decode = (html: string) => html.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');

const rowNames = (html: string) =>
  [...html.matchAll(/<th scope="row"><a href="\/country\/[A-Z]{2}\?year=\d+">([^<]+)<\/a>/g)].map(
    (m) => m[1]!,
  );

function rowOf(html: string, name: string): string {
  const start = html.indexOf(`>${name}</a>`);
  expect(start, `row ${name}`).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</tr>', start));
}

let deps: PortalDeps;
let staff: Client;
let fr: Client;
let publishAt = '2015-04-10T12:00:00Z';
let publishing: ReturnType<typeof publisher>;

beforeAll(async () => {
  publishing = publisher(
    () => deps.data,
    () => publishAt,
  );
  const made = await makePortal({ clock, publish: publishing.starter });
  deps = made.deps;
  await addUser(made.store, { email: 'fr2@example.org', password: PASSWORD, role: 'contact', country: 'FR' });
  await addUser(made.store, {
    email: '=1+2@example.org',
    password: PASSWORD,
    role: 'contact',
    country: 'IT',
  });
  expect(
    (
      await setPeriod(deps.data, {
        year: YEAR,
        opens: '2015-01-15',
        deadline: '2015-03-31',
        closes: '2015-06-30',
        actor: 'staff@example.org',
        at: new Date('2015-01-10T09:00:00Z'),
      })
    ).outcome,
  ).toBe('set');
  // FR in time, with warnings (a hidden sheet); GR three days late; DE rejected; ES accepted in time.
  expect(await upload(deps, 'FR', 'workbook-hidden-indicators-sheet.ods', '2015-03-20T10:00:00Z')).toBe(
    'accepted',
  );
  expect(await upload(deps, 'GR', 'workbook-greece-el.xlsx', '2015-04-03T08:00:00Z')).toBe('accepted');
  expect(await upload(deps, 'DE', 'error-values.xlsx', '2015-03-25T10:00:00Z')).toBe('rejected');
  await deps.data.put(
    cycleKeys.review(YEAR, 'GR', 1),
    Buffer.from(
      JSON.stringify({
        schemaVersion: 1,
        year: YEAR,
        country: 'GR',
        seq: 1,
        state: 'correction-requested',
        message: 'Please check T1.2 (fictitious test data).',
        uploadId: null,
        by: 'staff@example.org',
        at: '2015-04-05T09:00:00Z',
      }),
    ),
  );
  staff = new Client(deps);
  fr = new Client(deps);
  expect((await staff.signIn('staff@example.org')).status).toBe(303);
  expect((await fr.signIn('fr@example.org')).status).toBe(303);
});

describe('the staff table', () => {
  it('sorts the members by short name in the page’s language', async () => {
    const en = rowNames((await staff.get(`/staff?year=${YEAR}&lang=en`)).text);
    expect(en).toHaveLength(membersInYear(YEAR).length);
    expect(en.indexOf('Armenia')).toBeGreaterThan(0);
    expect(en.indexOf('Armenia')).toBeLessThan(en.indexOf('Mexico'));
    expect(en.indexOf('Albania')).toBe(0);
    expect(en).toEqual([...en].sort(new Intl.Collator('en-GB').compare));
    // Viet Nam was a member until 2013: its short name, Vietnam, comes among the last.
    const y2013 = rowNames((await staff.get('/staff?year=2013&lang=en')).text);
    expect(y2013.indexOf('Mexico')).toBeLessThan(y2013.indexOf('Vietnam'));
    expect(y2013.indexOf('Vietnam')).toBeGreaterThanOrEqual(y2013.length - 3);

    const de = rowNames((await staff.get(`/staff?year=${YEAR}&lang=de`)).text);
    // German collation puts Österreich among the O's, not after Z as byte order would.
    const oesterreich = de.indexOf('Österreich');
    expect(oesterreich).toBeGreaterThan(0);
    expect(oesterreich).toBeLessThan(de.length - 5);
    expect(de[oesterreich + 1]!.localeCompare('P', 'de')).toBeGreaterThanOrEqual(0);
    expect(de).toEqual([...de].sort(new Intl.Collator('de-DE').compare));
    const fr = rowNames((await staff.get(`/staff?year=${YEAR}&lang=fr`)).text);
    expect(fr.indexOf('Arménie')).toBeLessThan(fr.indexOf('Mexique'));
  });

  it('shows status as symbol and word, the deadline, days late, review and the next step', async () => {
    const page = (await staff.get(`/staff?year=${YEAR}&lang=en`)).text;
    const france = rowOf(page, 'France');
    expect(france).toContain('aria-hidden="true">\u26A0\uFE0E</span> Accepted with warnings');
    expect(france).toContain('31 March 2015');
    expect(france).toContain('20 March 2015, 10:00 UTC');
    expect(france).toContain('Not reviewed');
    expect(france).toContain('<a href="mailto:fr@example.org">fr@example.org</a>');
    expect(france).toContain('<a href="mailto:fr2@example.org">fr2@example.org</a>');
    expect(france).not.toContain('/staff/reminders');

    const greece = rowOf(page, 'Greece');
    expect(greece).toContain('3 days late');
    expect(greece).toContain('Correction requested');

    const germany = rowOf(page, 'Germany');
    expect(germany).toContain('\u2717</span> Rejected');
    expect(germany).toContain('10 days overdue');
    expect(germany).toContain(`<a href="/staff/reminders?year=${YEAR}">Remind`);
    expect(germany).toMatch(
      /<a href="mailto:de%40example\.org\?subject&#x3D;Alliance%20report%202014%3A%20Germany">Write/,
    );

    const malta = rowOf(page, 'Malta');
    expect(malta).toContain('Not submitted');
    expect(malta).toContain('No contact');
    expect(malta).toContain('/staff/reminders');
    expect(malta).not.toContain('mailto:');
  });

  it('filters by state with a GET form, and says so when the state is not one of the list', async () => {
    const form = (await staff.get(`/staff?year=${YEAR}`)).text;
    expect(form).toMatch(/<form method="get" action="\/staff" class="filter">/);
    for (const s of ['not-submitted', 'rejected', 'warnings', 'accepted', 'late', 'correction-requested'])
      expect(form).toContain(`<option value="${s}">`);

    const names = async (state: string) =>
      rowNames((await staff.get(`/staff?year=${YEAR}&state=${state}`)).text);
    expect(await names('warnings')).toEqual(['France', 'Greece']);
    expect(await names('accepted')).toEqual([]);
    expect(await names('rejected')).toEqual(['Germany']);
    expect(await names('late')).toEqual(['Greece']);
    expect(await names('correction-requested')).toEqual(['Greece']);
    const notSubmitted = await names('not-submitted');
    expect(notSubmitted).toHaveLength(membersInYear(YEAR).length - 3);
    expect(notSubmitted).not.toContain('France');
    const late = await staff.get(`/staff?year=${YEAR}&state=late`);
    expect(late.text).toContain(`Showing 1 of ${membersInYear(YEAR).length} members.`);
    expect(decode(late.text)).toContain(`href="/staff/export.csv?year=${YEAR}&state=late"`);
    expect(late.text).toMatch(/<option value="late" selected>/);

    const bad = await staff.get(`/staff?year=${YEAR}&state=%3Cb%3Eoops`);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('“&lt;b&gt;oops” is not a state to filter by');
    expect(bad.text).not.toContain('<b>oops');
  });

  it('exports the filtered list as CSV, with a formula guard', async () => {
    const all = await staff.get(`/staff/export.csv?year=${YEAR}&lang=en`);
    expect(all.status).toBe(200);
    expect(all.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(all.headers['content-disposition']).toBe(`attachment; filename="${YEAR}-members.csv"`);
    const text = Buffer.from(all.body as Uint8Array).toString('utf8');
    expect(text.startsWith('\uFEFFCode,Country,Status,')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(membersInYear(YEAR).length + 1);
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(
      rowNames((await staff.get(`/staff?year=${YEAR}&lang=en`)).text),
    );
    expect(lines.find((l) => l.startsWith('FR,'))).toBe(
      'FR,France,Accepted with warnings,0,1,2015-03-20T10:00:00.000Z,2015-03-31,no,,Not reviewed,,,"fr2@example.org; fr@example.org"',
    );
    expect(lines.find((l) => l.startsWith('GR,'))).toContain(
      ',2015-03-31,yes,3,Correction requested,2015-04-05T09:00:00Z,',
    );
    // A cell a spreadsheet would run as a formula is written as text.
    expect(lines.find((l) => l.startsWith('IT,'))).toMatch(/,'=1\+2@example\.org$/);

    const late = await staff.get(`/staff/export.csv?year=${YEAR}&state=late&lang=fr`);
    expect(late.headers['content-disposition']).toBe(`attachment; filename="${YEAR}-members-late.csv"`);
    const lateLines = Buffer.from(late.body as Uint8Array)
      .toString('utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n');
    expect(lateLines[0]).toMatch(/^Code,Pays,/);
    expect(lateLines.slice(1).map((l) => l.split(',')[0])).toEqual(['GR']);
    expect((await staff.get(`/staff/export.csv?year=${YEAR}&state=nope`)).status).toBe(400);
  });

  it('quotes and guards CSV cells', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+33 1 23')).toBe("'+33 1 23");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('\uFEFFa,1\r\nb,\r\n');
  });

  it('never shows a contact the staff pages or another country’s addresses', async () => {
    for (const path of [
      '/staff',
      '/staff/export.csv',
      '/staff/publish',
      '/staff/publish/started?after=0&run=x',
      '/staff/editions/1',
      '/staff/editions/1/edition-1.zip',
    ]) {
      const res = await fr.get(`${path}${path.includes('?') ? '&' : '?'}year=${YEAR}`);
      expect(res.status, path).toBe(403);
      expect(res.text).not.toContain('de@example.org');
      expect(res.text).not.toContain('mailto:');
    }
    const own = await fr.get(`/country/FR?year=${YEAR}`);
    expect(own.status).toBe(200);
    expect(own.text).not.toContain('mailto:');
    expect(own.text).not.toContain('fr2@example.org');
  });
});

describe('publishing and the edition pages', () => {
  it('names the members missing, starts, refreshes once asked until the edition exists, then links to it', async () => {
    const confirm = await staff.get(`/staff/publish?year=${YEAR}&lang=en`);
    expect(confirm.text).toContain(
      `${membersInYear(YEAR).length - 2} members without an accepted submission`,
    );
    expect(confirm.text).toContain('<li>Germany</li>');
    expect(confirm.text).not.toContain('<li>France</li>');
    // Nothing published yet: no "changed since" list.
    expect(confirm.text).not.toContain('Changed since edition');

    const csrf = await staff.csrfFrom(`/staff/publish?year=${YEAR}`);
    const started = await staff.request('POST', `/staff/publish?year=${YEAR}&lang=en`, {
      csrf,
      confirm: 'yes',
    });
    expect(started.status).toBe(200);
    expect(started.text).toContain('The publication run has started');
    // The answer to the POST does not reload by itself (WCAG 2.2.1): staff check again, or ask it to.
    expect(started.text).not.toContain('http-equiv="refresh"');
    const check = `/staff/publish/started?year=${YEAR}&after=0&run=test-edition-1`;
    expect(decode(started.text)).toContain(`<a href="${check}">Check again</a>`);
    expect(decode(started.text)).toContain(
      `<a href="${check}&refresh=auto">Check every 5 seconds until it is ready</a>`,
    );
    const auto = await staff.get(`${check}&refresh=auto&lang=en`);
    const refresh = auto.text.match(/<meta http-equiv="refresh" content="5; url=([^"]+)">/);
    expect(refresh).not.toBeNull();
    const next = decode(refresh![1]!);
    expect(next).toBe(`${check}&refresh=auto`);
    expect(decode(auto.text)).toContain(`<a href="${check}">Stop checking</a>`);
    expect(auto.text).not.toContain('Open edition');

    await publishing.idle();
    const done = await staff.get(`${next}&lang=en`);
    expect(done.status).toBe(200);
    expect(done.text).not.toContain('http-equiv="refresh"');
    expect(decode(done.text)).toContain(`<a href="/staff/editions/1?year=${YEAR}">Open edition 1</a>`);
    const stopped = await staff.get(`/staff/publish/started?year=${YEAR}&after=1&run=x`);
    expect(stopped.text).not.toContain('http-equiv="refresh"');
    expect(stopped.text).toContain('Check again');
  });

  it('flags changes since edition 1 on the table and the confirmation, and shows edition 2 as a page', async () => {
    expect(await upload(deps, 'FR', 'workbook-full.xlsx', '2015-04-20T10:00:00Z')).toBe('accepted');
    expect(await upload(deps, 'ES', 'workbook-espana.xlsx', '2015-04-21T10:00:00Z')).toBe('accepted');
    const table = (await staff.get(`/staff?year=${YEAR}&lang=en`)).text;
    expect(rowOf(table, 'France')).toContain('Changed since edition 1');
    expect(rowOf(table, 'Spain')).toContain('Changed since edition 1');
    expect(rowOf(table, 'Greece')).not.toContain('Changed since');
    const confirm = (await staff.get(`/staff/publish?year=${YEAR}&lang=en`)).text;
    const changed = confirm.slice(confirm.indexOf('Changed since edition 1'));
    expect(changed.slice(0, changed.indexOf('</ul>'))).toContain('<li>France</li><li>Spain</li>');

    publishAt = '2015-07-02T09:30:00Z';
    const csrf = await staff.csrfFrom(`/staff/publish?year=${YEAR}`);
    await staff.request('POST', `/staff/publish?year=${YEAR}`, { csrf, confirm: 'yes' });
    await publishing.idle();
    expect(rowOf((await staff.get(`/staff?year=${YEAR}&lang=en`)).text, 'France')).not.toContain(
      'Changed since',
    );

    const page = await staff.get(`/staff/editions/2?year=${YEAR}&lang=en`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Edition 2 of 2014</h1>');
    expect(page.text).toContain('Published on 2 July 2015 by staff@example.org.');
    expect(page.text).toContain(`3 of ${membersInYear(YEAR).length} members reported;`);
    expect(page.text).toContain('What changed since edition 1');
    expect(page.text).toContain('Members added: Spain.');
    expect(page.text).toContain('Members with new data: France.');
    for (const heading of ['Reports', 'Open data', 'Validation records'])
      expect(page.text).toContain(`>${heading}</h3>`);
    const manifest = JSON.parse(
      new TextDecoder().decode((await deps.data.get(dataKeys.edition(YEAR, 2, 'manifest.json')))!),
    ) as { files: Array<{ name: string; sha256: string; size: number }> };
    for (const file of manifest.files) {
      expect(decode(page.text)).toContain(
        `<a href="/staff/editions/2/${file.name}?year=${YEAR}">${file.name}</a>`,
      );
      expect(page.text).toContain(file.sha256);
    }
    const fr = await staff.get(`/staff/editions/2?year=${YEAR}&lang=fr`);
    expect(fr.text).toContain('Publiée le 2 juillet 2015');
    expect((await staff.get(`/staff/editions/7?year=${YEAR}`)).status).toBe(404);
    const first = (await staff.get(`/staff/editions/1?year=${YEAR}&lang=en`)).text;
    expect(first).toContain('This is the first edition of 2014.');
  });

  it('zips the edition: every file of the manifest, byte for byte, and the manifest', async () => {
    const res = await staff.get(`/staff/editions/2/edition-2.zip?year=${YEAR}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${YEAR}-edition-2.zip"`);
    const entries = unzipSync(res.body as Uint8Array);
    const manifestBytes = entries[`${YEAR}-edition-2/manifest.json`]!;
    const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as {
      files: Array<{ name: string; sha256: string; size: number }>;
    };
    expect(Object.keys(entries).sort()).toEqual(
      [...manifest.files.map((f) => `${YEAR}-edition-2/${f.name}`), `${YEAR}-edition-2/manifest.json`].sort(),
    );
    for (const file of manifest.files) {
      const bytes = entries[`${YEAR}-edition-2/${file.name}`]!;
      expect(createHash('sha256').update(bytes).digest('hex'), file.name).toBe(file.sha256);
      expect(bytes.byteLength).toBe(file.size);
    }
    expect((await staff.get(`/staff/editions/2/edition-1.zip?year=${YEAR}`)).status).toBe(404);
  });
});
