/**
 * The PDF printer: pdfmake 0.3 behind one small interface. pdfmake and the font files stay
 * loaded for the life of the process (a Lambda container, a CLI run, a test worker), so only
 * the first document pays for loading them.
 *
 * pdfmake is told never to fetch a URL and to read no file outside the font folder: a
 * document definition is built from uploaded data, and nothing in it may reach the network
 * or the disk.
 */
import { existsSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces.js';
import { AllianceError } from '../core/errors.js';
import { SYMBOL_FONT, TEXT_FONT } from '../render/pdf/fonts.js';
import type { PdfPrinter } from '../render/pdf.js';
import { FONT_DIR_ENV } from './font-dir.js';
import { installTagging, prepareTaggedDefinition } from './pdf-tagging.js';

export type { PdfPrinter } from '../render/pdf.js';
export { FONT_DIR_ENV } from './font-dir.js';

/**
 * `ALLIANCE_PDF_TAGGED=0` prints untagged PDFs, as before tagging existed: for the bench's
 * comparison (scripts/bench/tagging.ts) only. Anything else, or unset, prints tagged.
 */
export const PDF_TAGGED_ENV = 'ALLIANCE_PDF_TAGGED';

/** The file of each style of each family a document definition may name. */
const fontFiles = {
  [TEXT_FONT]: {
    normal: 'Roboto-Regular.ttf',
    // pdfmake ships Roboto Medium as its bold face; it reads as bold on screen and paper.
    bold: 'Roboto-Medium.ttf',
    italics: 'Roboto-Italic.ttf',
    bolditalics: 'Roboto-MediumItalic.ttf',
  },
  // Roboto has no arrows, check marks or geometric shapes; DejaVu Sans has them all. One
  // face for every style, so a bold table row still finds its symbol.
  [SYMBOL_FONT]: {
    normal: 'DejaVuSans.ttf',
    bold: 'DejaVuSans.ttf',
    italics: 'DejaVuSans.ttf',
    bolditalics: 'DejaVuSans.ttf',
  },
} as const;

export interface PdfPrinterOptions {
  /** The folder holding the TTFs; default: `ALLIANCE_FONT_DIR`, else the repo's fonts/. */
  fontDir?: string;
  /**
   * Tagged PDF/UA-1 (structure tree, artifacts, alternative text): the default, unless the
   * environment says `ALLIANCE_PDF_TAGGED=0`. `false` only to measure what tagging costs.
   */
  tagged?: boolean;
}

/** The printer could not be set up (fonts missing) or pdfmake failed: a fault, not a data problem. */
export class PdfPrinterError extends AllianceError<'PDF_FONTS_MISSING' | 'PDF_RENDER_FAILED'> {
  constructor(code: PdfPrinterError['code'], message: string, options?: ErrorOptions) {
    super('PdfPrinterError', code, message, options);
  }
}

type PdfMake = typeof import('pdfmake');

let pdfmakeModule: Promise<PdfMake> | undefined;
const printers = new Map<string, PdfPrinter>();

/**
 * A printer using the fonts in `options.fontDir` (else env `ALLIANCE_FONT_DIR`, else the
 * repo's fonts/). Printers are cached per font folder; pdfmake itself is imported once.
 * Throws PdfPrinterError(PDF_FONTS_MISSING) at once, naming the file, if a font is missing.
 */
export function createPdfPrinter(options: PdfPrinterOptions = {}): PdfPrinter {
  const fontDir = resolveFontDir(options.fontDir);
  const tagged = options.tagged ?? process.env[PDF_TAGGED_ENV] !== '0';
  const key = `${fontDir}\u0000${tagged}`;
  const cached = printers.get(key);
  if (cached) return cached;

  const fonts = fontDictionary(fontDir);
  const printer: PdfPrinter = {
    async print(doc) {
      const pdfmake = await loadPdfmake();
      try {
        // pdfmake is a process-wide singleton: set the policies and fonts right before each
        // createPdf (which copies them synchronously), so two printers never mix fonts.
        pdfmake.setUrlAccessPolicy(() => false);
        pdfmake.setLocalAccessPolicy((path) => isInside(path, fontDir));
        pdfmake.setFonts(structuredClone(fonts));
        // pdfmake writes layout state into the definition it is given: hand it a copy, so
        // the same definition printed twice gives the same bytes.
        const definition = cloneDefinition(doc);
        const output = pdfmake.createPdf(tagged ? prepareTaggedDefinition(definition) : definition);
        // Laid out and drawn, not yet written: its fonts show where pdfkit keeps shaped words.
        shareLayoutCache(await output.getStream());
        const bytes = await output.getBuffer();
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch (error) {
        throw new PdfPrinterError('PDF_RENDER_FAILED', 'The PDF could not be rendered', { cause: error });
      }
    },
  };
  printers.set(key, printer);
  return printer;
}

/** The font folder the printer will use: the argument, else the environment, else fonts/. */
export function resolveFontDir(fontDir?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = fontDir ?? env[FONT_DIR_ENV] ?? defaultFontDir();
  if (!existsSync(chosen)) {
    throw new PdfPrinterError(
      'PDF_FONTS_MISSING',
      `The font folder ${chosen} does not exist (set ${FONT_DIR_ENV} or pass fontDir)`,
    );
  }
  // Real path: the access policy compares prefixes, so no symlink or `..` may blur them.
  return realpathSync(chosen);
}

function defaultFontDir(): string {
  // Resolved lazily: in the CommonJS Lambda bundle import.meta.url is empty, and there
  // ALLIANCE_FONT_DIR must be set.
  try {
    return fileURLToPath(new URL('../../fonts/', import.meta.url));
  } catch (error) {
    throw new PdfPrinterError('PDF_FONTS_MISSING', `No font folder: set ${FONT_DIR_ENV} or pass fontDir`, {
      cause: error,
    });
  }
}

function fontDictionary(fontDir: string): TFontDictionary {
  const dictionary: TFontDictionary = {};
  for (const [family, styles] of Object.entries(fontFiles)) {
    const paths = Object.fromEntries(
      Object.entries(styles).map(([style, file]) => {
        const path = join(fontDir, file);
        if (!existsSync(path)) {
          throw new PdfPrinterError('PDF_FONTS_MISSING', `The font file ${path} is missing`);
        }
        return [style, path];
      }),
    );
    dictionary[family] = paths;
  }
  return dictionary;
}

/** A deep copy of plain data that keeps functions (header, footer) and dates as they are. */
function cloneDefinition<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneDefinition) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneDefinition(v)])) as T;
  }
  return value;
}

/**
 * pdfkit shapes every word through fontkit (OpenType kerning and ligatures) and caches the
 * result per document only, so each report shaped again the words the last one did: about a
 * third of a country report's time. This keeps one cache per font file for the process.
 * An entry depends only on the font and the word (positions are in font units, before the
 * font size), so a word shaped in one document is the same in the next: same bytes as
 * without the cache. Entries keep plain glyph data (id, advance, code points), not fontkit's
 * glyph objects, so no document's font stays alive through them; the cache is bounded.
 *
 * It is installed on pdfkit's font class, found through the first document's fonts, with the
 * decoded-table cache below on fontkit's; a pdfkit or fontkit whose fonts do not look as
 * expected is left alone (slower, never wrong).
 */
interface ShapedWord {
  glyphs: Array<{ id: number; advanceWidth: number; codePoints: number[] }>;
  positions: object[];
  advanceWidth: number;
}

interface PdfkitEmbeddedFont {
  name: string;
  font: { head?: { checkSumAdjustment?: number }; numGlyphs?: number };
  layoutCache?: Record<string, unknown>;
  layoutRun(text: string): { glyphs: ShapedWord['glyphs']; positions: object[]; advanceWidth: number };
  layoutCached(text: string): unknown;
  sharedLayouts?: Map<string, ShapedWord>;
}

/** Distinct words kept per font; past it the font's cache starts again (a run uses ~10,000). */
const SHARED_LAYOUT_LIMIT = 50_000;
const sharedLayouts = new Map<string, Map<string, ShapedWord>>();
let layoutCacheInstalled = false;

function shareLayoutCache(pdfDoc: unknown): void {
  if (layoutCacheInstalled) return;
  const families = (pdfDoc as { _fontFamilies?: Record<string, unknown> })._fontFamilies ?? {};
  const font = Object.values(families).find(
    (f) => typeof (f as PdfkitEmbeddedFont)?.layoutRun === 'function',
  );
  if (!font) return; // no embedded font used yet: try again with the next document
  layoutCacheInstalled = true;
  const proto = Object.getPrototypeOf(font) as PdfkitEmbeddedFont;
  if (typeof proto.layoutCached !== 'function' || typeof proto.layoutRun !== 'function') return;
  proto.layoutCached = function layoutCachedShared(this: PdfkitEmbeddedFont, text: string) {
    if (!this.layoutCache) return this.layoutRun(text);
    this.sharedLayouts ??= cacheFor(this);
    const cached = this.sharedLayouts.get(text);
    if (cached) return cached;
    const run = this.layoutRun(text);
    const word: ShapedWord = {
      glyphs: run.glyphs.map((g) => ({ id: g.id, advanceWidth: g.advanceWidth, codePoints: g.codePoints })),
      positions: run.positions,
      advanceWidth: run.advanceWidth,
    };
    if (this.sharedLayouts.size >= SHARED_LAYOUT_LIMIT) this.sharedLayouts.clear();
    this.sharedLayouts.set(text, word);
    return word;
  };
  shareDecodedTables((font as PdfkitEmbeddedFont).font);
}

interface FontkitTable {
  tag: string;
  checkSum: number;
  length: number;
}

interface FontkitFont {
  directory?: { tables?: Record<string, FontkitTable | undefined> };
  stream?: { buffer?: { length: number } };
  _decodeTable(table: FontkitTable): unknown;
}

/** Decoded font tables, per font file and table: a handful of entries. */
const decodedTables = new Map<string, unknown>();

/**
 * pdfkit opens a new fontkit font for every document, which decodes its tables again (the
 * kerning and ligature lookups, glyph locations and metrics, cmap) as each is first used:
 * the same bytes, decoded again for every report. Decoded tables are kept per font file and
 * table (by the table's checksum and length and the font's own head checksum and size).
 * fontkit never changes a decoded table (the subsetter copies head, hhea and maxp before
 * writing to them), and its lazily decoded parts cache as they are read, so later
 * documents also find the lookups they need already decoded.
 */
function shareDecodedTables(fontkitFont: unknown): void {
  const proto = fontkitFont ? (Object.getPrototypeOf(fontkitFont) as FontkitFont) : null;
  if (!proto || typeof proto._decodeTable !== 'function') return;
  const decode = proto._decodeTable;
  proto._decodeTable = function decodeTableShared(this: FontkitFont, table: FontkitTable) {
    const head = this.directory?.tables?.head;
    const size = this.stream?.buffer?.length;
    if (!head || size === undefined) return decode.call(this, table);
    const key = `${table.tag}\u0000${table.checkSum}\u0000${table.length}\u0000${head.checkSum}\u0000${size}`;
    if (!decodedTables.has(key)) decodedTables.set(key, decode.call(this, table));
    return decodedTables.get(key);
  };
}

function cacheFor(font: PdfkitEmbeddedFont): Map<string, ShapedWord> {
  // The PostScript name alone could match two versions of a font: add what tells them apart.
  const key = `${font.name}\u0000${font.font.head?.checkSumAdjustment}\u0000${font.font.numGlyphs}`;
  let cache = sharedLayouts.get(key);
  if (!cache) {
    cache = new Map();
    sharedLayouts.set(key, cache);
  }
  return cache;
}

function isInside(path: string, dir: string): boolean {
  return path.startsWith(dir.endsWith(sep) ? dir : dir + sep) && !path.includes(`${sep}..${sep}`);
}

function loadPdfmake(): Promise<PdfMake> {
  pdfmakeModule ??= Promise.all([
    import('pdfmake'),
    import('pdfmake/js/LayoutBuilder.js'),
    import('pdfmake/js/ElementWriter.js'),
    import('pdfmake/js/Renderer.js'),
  ]).then(([module, layoutBuilder, elementWriter, renderer]) => {
    const pdfmake = (module as unknown as { default?: PdfMake }).default ?? module;
    // Set before any document exists: pdfmake warns (and would fetch) without them.
    pdfmake.setUrlAccessPolicy(() => false);
    installTagging({
      LayoutBuilder: classOf(layoutBuilder),
      ElementWriter: classOf(elementWriter),
      Renderer: classOf(renderer),
    });
    return pdfmake;
  });
  return pdfmakeModule;
}

/** A Babel-built CommonJS module's default class, imported from ESM (tsx) or CJS (the bundle). */
function classOf(module: unknown): unknown {
  const outer = (module as { default?: unknown }).default ?? module;
  return typeof outer === 'function' ? outer : (outer as { default?: unknown }).default;
}
