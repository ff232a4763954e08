/**
 * The PDF printer adapter (functions/adapters/pdf-printer.ts) with real pdfmake and the
 * repo's fonts: where it finds fonts, what it refuses to read or fetch, and that the fonts
 * cover every member name and status symbol.
 */
import { realpathSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPdfPrinter,
  FONT_DIR_ENV,
  PdfPrinterError,
  resolveFontDir,
} from '../../functions/adapters/pdf-printer.js';
import { members } from '../../functions/core/members.js';
import { buildCountryReport } from '../../functions/core/report/index.js';
import { readPdf } from '../helpers/pdf-text.js';
import { countryInput } from '../helpers/report-fixtures.js';

const repoFonts = fileURLToPath(new URL('../../fonts/', import.meta.url));

const names = 'Österreich, España, Türkiye, Magyarország, Éire';

function simpleDoc(extra: TDocumentDefinitions['content'] = []): TDocumentDefinitions {
  return {
    info: { title: 'Test', creationDate: new Date(Date.UTC(2015, 2, 1)) },
    content: [{ text: names }, { text: '● achieved ▲ ▼ ✓', font: 'Symbols' }, ...[extra].flat()],
  };
}

describe('createPdfPrinter', () => {
  let server: Server;
  let requests = 0;
  let base: string;
  let scratch: string;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    scratch = await mkdtemp(join(tmpdir(), 'pdf-printer-'));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(scratch, { recursive: true, force: true });
  });

  it('prints with the repo fonts, embedded, and accented names come out as typed', async () => {
    const pdf = await readPdf(await createPdfPrinter().print(simpleDoc()));
    expect(pdf.pages[0]).toContain(names);
    expect(pdf.pages[0]).toContain('● achieved ▲ ▼ ✓');
    expect(pdf.fonts.length).toBe(2);
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
  });

  it('prints the same definition to the same bytes, and leaves the definition as it was', async () => {
    const printer = createPdfPrinter();
    const doc = simpleDoc([{ toc: { title: { text: 'Contents' } } }, { text: 'A heading', tocItem: true }]);
    const before = JSON.stringify(doc);
    const first = await printer.print(doc);
    const second = await printer.print(doc);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('uses a font folder given by argument or by ALLIANCE_FONT_DIR (as in Lambda)', async () => {
    const copied = join(scratch, 'fonts');
    await mkdir(copied);
    for (const file of await readdir(repoFonts)) {
      if (file.endsWith('.ttf')) await copyFile(join(repoFonts, file), join(copied, file));
    }
    const real = realpathSync(copied);
    expect(resolveFontDir(undefined, { [FONT_DIR_ENV]: copied })).toBe(real);
    expect(resolveFontDir(copied, { [FONT_DIR_ENV]: '/nowhere' })).toBe(real);
    const pdf = await readPdf(await createPdfPrinter({ fontDir: copied }).print(simpleDoc()));
    expect(pdf.pages[0]).toContain(names);
  });

  it('fails at once, naming what is missing, when the fonts are not there', async () => {
    expect(() => createPdfPrinter({ fontDir: join(scratch, 'absent') })).toThrow(PdfPrinterError);
    const empty = join(scratch, 'empty');
    await mkdir(empty);
    try {
      createPdfPrinter({ fontDir: empty });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PdfPrinterError);
      expect((error as PdfPrinterError).code).toBe('PDF_FONTS_MISSING');
      expect((error as Error).message).toContain('Roboto-Regular.ttf');
    }
  });

  it('never fetches a URL, even when a definition asks for one', async () => {
    const printer = createPdfPrinter();
    const doc = simpleDoc([{ image: 'remote' }]);
    doc.images = { remote: `${base}/picture.png` };
    await expect(printer.print(doc)).rejects.toMatchObject({ code: 'PDF_RENDER_FAILED' });
    expect(requests).toBe(0);
  });

  it('reads no file outside the font folder', async () => {
    // A valid 1x1 PNG: refused for where it is, not for what it is.
    const png = join(scratch, 'pixel.png');
    await writeFile(
      png,
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const printer = createPdfPrinter();
    await expect(printer.print(simpleDoc([{ image: png }]))).rejects.toMatchObject({
      code: 'PDF_RENDER_FAILED',
    });
    await expect(
      printer.print(simpleDoc([{ image: join(repoFonts, '..', 'package.json') }])),
    ).rejects.toThrow(PdfPrinterError);
  });
});

describe('the embedded fonts', () => {
  // fontkit is what pdfkit itself uses to read the TTFs: resolve it from pdfkit.
  const requireFromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
  const fontkit = requireFromPdfkit('fontkit') as {
    openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean };
  };
  const missing = (file: string, text: string) => {
    const font = fontkit.openSync(join(repoFonts, file));
    return [...new Set(text)].filter((c) => c.trim() !== '' && !font.hasGlyphForCodePoint(c.codePointAt(0)!));
  };

  it('Roboto has every letter of every member name and alias', () => {
    const text = members.flatMap((m) => [m.name, ...m.aliases]).join(' ');
    expect(text).toContain('Magyarország');
    expect(missing('Roboto-Regular.ttf', text)).toEqual([]);
    expect(missing('Roboto-Medium.ttf', text)).toEqual([]);
  });

  it('the symbol font has every status symbol the reports use', () => {
    const model = buildCountryReport(countryInput());
    const symbols = model.legend.map((status) => status.symbol).join('');
    expect(symbols.length).toBeGreaterThanOrEqual(7);
    expect(missing('DejaVuSans.ttf', symbols)).toEqual([]);
  });
});
