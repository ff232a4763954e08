import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestUpload } from '../../../functions/core/ingest/index.js';
import { submissionSchema } from '../../../functions/core/submission.js';
import { buildTemplate } from '../../../functions/core/template.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('ingestUpload on real bytes', () => {
  it('reads a semicolon CSV with decimal commas: 1.234,5 is 1234.5', async () => {
    const bytes = utf8(
      'Indicateurs 2014\r\n\r\nIndicateur;Valeur;Source;Remarques\r\nT1.6;1.234,5;Police;\r\nT1.2;1.234;;\r\nT1.5;12,5;;\r\nT2.2;n/a;;\r\n',
    );
    const result = await ingestUpload({ bytes, fileName: 'fr-indicators.csv', country: 'FR', year: 2014 });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.accepted).toBe(true);
    const sub = submissionSchema.parse(result.submission);
    const v = (id: string) => sub.indicators.find((i) => i.id === id)?.value;
    expect(v('T1.6')).toBe(1234.5);
    expect(v('T1.2')).toBe(1234);
    expect(v('T1.5')).toBe(12.5);
    expect(v('T2.2')).toBeNull();
    expect(sub.sources).toEqual([
      {
        name: 'fr-indicators.csv',
        sha256: createHash('sha256').update(bytes).digest('hex'),
        size: bytes.byteLength,
        format: 'csv',
      },
    ]);
    expect(sub.indicators.find((i) => i.id === 'T1.6')?.origin).toEqual({
      sheet: 'fr-indicators.csv',
      row: 4,
      column: 'B',
    });
  });

  it('reads a Windows-1252 comma CSV of actions with accented text', async () => {
    const bytes = iconv.encode(
      'Ref,Target,Title,Kind,Status,Lead organisation\nAT-1,Victims,"Opferschutz, Österreich",baseline,completed,Bundeskriminalamt\n',
      'win1252',
    );
    const result = await ingestUpload({
      bytes,
      fileName: 'at-actions.csv',
      country: 'Österreich',
      year: 2014,
    });
    expect(result.accepted).toBe(true);
    expect(result.submission?.country).toBe('AT');
    expect(result.submission?.tables).toEqual(['actions']);
    expect(result.submission?.actions[0]).toMatchObject({ title: 'Opferschutz, Österreich', target: 1 });
  });

  it('rejects with the error where the person sees it in a CSV', async () => {
    const bytes = utf8('Indicator,Value\nT1.2,twelve\nT1.5,101\n');
    const result = await ingestUpload({ bytes, fileName: 'x.csv', country: 'FR', year: 2014 });
    expect(result.accepted).toBe(false);
    expect(result.submission).toBeNull();
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.row, i.column])).toEqual(
      [
        ['VALUE_NOT_A_NUMBER', 2, 'B'],
        ['VALUE_OUT_OF_RANGE', 3, 'B'],
      ],
    );
  });

  it('passes the reader’s errors through and rejects', async () => {
    const result = await ingestUpload({
      bytes: new Uint8Array(0),
      fileName: 'empty.csv',
      country: 'FR',
      year: 2014,
    });
    expect(result.accepted).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain('FILE_EMPTY');
  });

  it('rejects the blank generated template: both tables are empty, so it would replace accepted data with nothing', async () => {
    const bytes = await buildTemplate({ year: 2014, country: 'FR' });
    const result = await ingestUpload({ bytes, fileName: 'form.xlsx', country: 'FR', year: 2014 });
    expect(result.accepted).toBe(false);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.sheet])).toEqual([
      ['TABLE_EMPTY', 'Indicators'],
      ['TABLE_EMPTY', 'Actions'],
    ]);
  });
});
