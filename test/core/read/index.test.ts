import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../../functions/core/limits.js';
import { readUpload } from '../../../functions/core/read/index.js';
import { fixture, places } from './helpers.js';

const text = (s: string) => new TextEncoder().encode(s);

/** An OLE2 compound file header followed by a directory entry with the given stream name. */
function ole2WithStream(name: string): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const entry = 1024;
  for (let i = 0; i < name.length; i++) bytes[entry + i * 2] = name.charCodeAt(i);
  bytes[entry + 64] = (name.length + 1) * 2;
  return bytes;
}

describe('readUpload tells formats from the bytes', () => {
  it('reads a CSV named .xlsx as the CSV it is', async () => {
    const result = await readUpload(text('Indicator,Value\nT1.1,5\n'), 'report.xlsx');
    expect(result.workbook?.format).toBe('csv');
    expect(result.workbook?.sheets[0]?.name).toBe('report.xlsx');
  });

  it('reads an XLSX named .csv as the XLSX it is', async () => {
    const result = await readUpload(fixture('workbook.xlsx'), 'indicators.csv');
    expect(result.workbook?.format).toBe('xlsx');
  });

  it('rejects an empty file', async () => {
    const result = await readUpload(new Uint8Array(0), 'a.xlsx');
    expect(result).toMatchObject({
      workbook: null,
      issues: [{ code: 'FILE_EMPTY', severity: 'error', sheet: null }],
    });
  });

  it('rejects a file over the size limit before reading it', async () => {
    const result = await readUpload(fixture('workbook.xlsx'), 'a.xlsx', {
      ...defaultLimits,
      maxFileBytes: 1000,
    });
    expect(places(result)).toEqual(['FILE_TOO_LARGE -!']);
    expect(result.issues[0]?.message).toMatch(/above the limit/);
  });

  it('rejects a legacy .xls saved by LibreOffice with a hint to save as .xlsx', async () => {
    const result = await readUpload(fixture('workbook.xls'), 'a.xls');
    expect(places(result)).toEqual(['FILE_LEGACY_XLS -!']);
    expect(result.issues[0]?.hint).toContain('Excel Workbook (.xlsx)');
  });

  it('rejects a web page saved as .xls, and an Excel 2003 XML file, as legacy formats', async () => {
    for (const head of ['\n  <!DOCTYPE html><html>', '<table><tr><td>1</td></tr></table>', '<HTML>']) {
      expect(places(await readUpload(text(head), 'a.xls'))).toEqual(['FILE_LEGACY_XLS -!']);
    }
    const xml = '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook/>';
    expect(places(await readUpload(text(xml), 'a.xml'))).toEqual(['FILE_LEGACY_XLS -!']);
  });

  it('tells a password-protected workbook from a legacy one and from other Office files', async () => {
    expect(places(await readUpload(ole2WithStream('EncryptedPackage'), 'a.xlsx'))).toEqual([
      'FILE_ENCRYPTED -!',
    ]);
    expect(places(await readUpload(ole2WithStream('Workbook'), 'a.xlsx'))).toEqual(['FILE_LEGACY_XLS -!']);
    expect(places(await readUpload(ole2WithStream('WordDocument'), 'a.doc'))).toEqual([
      'FILE_UNSUPPORTED -!',
    ]);
  });

  it('rejects pictures, PDFs and other zips as unsupported, naming what they are', async () => {
    const png = await readUpload(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      'a.xlsx',
    );
    expect(places(png)).toEqual(['FILE_UNSUPPORTED -!']);
    expect(png.issues[0]?.message).toContain('PNG picture');
    const pdf = await readUpload(text('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'a.csv');
    expect(pdf.issues[0]?.message).toContain('PDF document');
    const docx = await readUpload(zipSync({ 'word/document.xml': strToU8('<w:document/>') }), 'a.xlsx');
    expect(places(docx)).toEqual(['FILE_UNSUPPORTED -!']);
    expect(docx.issues[0]?.message).toContain('Word document');
  });

  it('rejects a cut-short zip as damaged', async () => {
    const bytes = fixture('workbook.ods');
    const result = await readUpload(bytes.subarray(0, 3000), 'a.ods');
    expect(places(result)).toEqual(['FILE_CORRUPT -!']);
  });

  it('refuses a zip whose entries claim more than the inflated-size limit, before inflating', async () => {
    const result = await readUpload(fixture('workbook.xlsx'), 'a.xlsx', {
      ...defaultLimits,
      maxInflatedBytes: 10_000,
    });
    expect(places(result)).toEqual(['ARCHIVE_TOO_LARGE -!']);
  });

  it('refuses a zip whose headers understate what it inflates to', async () => {
    const bytes = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(200_000),
    });
    // Make the central directory claim 100 bytes for the 200,000-byte entry.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50 && view.getUint32(i + 24, true) === 200_000)
        view.setUint32(i + 24, 100, true);
    }
    const result = await readUpload(bytes, 'a.xlsx', { ...defaultLimits, maxInflatedBytes: 50_000 });
    expect(places(result)).toEqual(['ARCHIVE_TOO_LARGE -!']);
  });
});
