import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildOpenDataRecords } from '../../functions/app/publish/open-data-records.js';
import { frameworkVersion } from '../../functions/core/framework.js';
import { openDataColumns, renderOpenDataCsv, renderOpenDataJson } from '../../functions/render/open-data.js';
import { es2014, fr2013, fr2014 } from '../helpers/report-fixtures.js';

const records = buildOpenDataRecords(2014, [
  { submission: fr2014, history: [fr2013] },
  { submission: es2014, history: [] },
]);
const csvBytes = renderOpenDataCsv(records);
const csvText = new TextDecoder().decode(csvBytes);
const rows: Record<string, string>[] = parse(csvText, { bom: true, columns: true });
const row = (country: string, indicator: string) => {
  const found = rows.find((r) => r.country === country && r.indicator === indicator);
  if (!found) throw new Error(`no row ${country} ${indicator}`);
  return found;
};

describe('open data CSV', () => {
  it('starts with a UTF-8 byte order mark so that Excel reads accents right, and uses CRLF', () => {
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvText).toContain('\r\n');
    expect(csvText.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('has one row per reporting country and framework indicator, derived T1.4 included', () => {
    expect(Object.keys(rows[0]!)).toEqual([...openDataColumns]);
    expect(rows).toHaveLength(2 * 21);
    expect(rows.map((r) => r.country)).toEqual([...Array(21).fill('ES'), ...Array(21).fill('FR')]);
  });

  it('writes yes/no, dot decimals without grouping, empty cells for no data, and last year’s value', () => {
    expect(row('FR', 'T1.1')).toMatchObject({ value: 'yes', status: 'achieved', unit: 'yes/no' });
    expect(row('ES', 'T4.1')).toMatchObject({ value: 'no' });
    expect(row('FR', 'T4.2')).toMatchObject({ value: '6200', status: 'context' });
    expect(row('FR', 'T1.6')).toMatchObject({ value: '4.5' });
    expect(row('FR', 'T1.4')).toMatchObject({ value: '12.5', status: 'achieved', previous_value: '' });
    expect(row('FR', 'T2.5')).toMatchObject({ value: '', estimate: '', status: 'no-data' });
    expect(row('FR', 'T1.3')).toMatchObject({ value: '1125', previous_value: '1000', estimate: 'no' });
    expect(row('ES', 'T1.2')).toMatchObject({ previous_value: '', status: 'first-report' });
    expect(row('ES', 'T1.1').country_name).toBe('Spain');
  });

  it('quotes fields with commas and quotes, and neutralises text a spreadsheet would run', () => {
    expect(row('ES', 'T2.3').notes).toBe('<b>bold</b> & "quoted"');
    expect(csvText).toContain('"<b>bold</b> & ""quoted"""');
    const formula = renderOpenDataCsv([
      { ...records[0]!, notes: '=HYPERLINK("http://x","y")', source: '@SUM(A1)' },
    ]);
    const text = new TextDecoder().decode(formula);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain(`'@SUM(A1)`);
    expect(text).not.toMatch(/,=|,@/);
  });
});

describe('open data JSON', () => {
  it('holds the same records with the framework version, edition and the date from the data', () => {
    const json = JSON.parse(
      new TextDecoder().decode(
        renderOpenDataJson(records, {
          year: 2014,
          edition: 2,
          frameworkVersion,
          generated: '2015-03-15',
          sample: false,
        }),
      ),
    );
    expect(json).toMatchObject({ year: 2014, edition: 2, frameworkVersion, generated: '2015-03-15' });
    expect(json.records).toHaveLength(rows.length);
    expect(
      json.records.find(
        (r: { country: string; indicator: string }) => r.country === 'FR' && r.indicator === 'T1.3',
      ),
    ).toMatchObject({ value: 1125, previous_value: 1000, estimate: false });
  });
});

describe('the open data of the bundled sample', () => {
  it('says on every CSV row, in a last column, that the figures are fictitious', () => {
    const text = new TextDecoder()
      .decode(renderOpenDataCsv(records, { sample: true }))
      .replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe([...openDataColumns, 'notice'].join(','));
    expect(lines.length).toBe(records.length + 1);
    for (const line of lines.slice(1))
      expect(line.endsWith(',Fictitious sample data: not real statistics')).toBe(true);
  });
});
