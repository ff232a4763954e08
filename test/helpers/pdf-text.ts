/**
 * Reads a PDF the way a reader (or a screen reader) would: the text of each page, the
 * outline (bookmarks), the document information, and which fonts are embedded. Uses
 * pdfjs-dist (Mozilla's PDF engine), so a test checks the file, not our own idea of it.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfOutlineItem {
  title: string;
  items: PdfOutlineItem[];
}

export interface PdfFont {
  /** The font's /BaseFont, e.g. `BZZZZZ+Roboto-Regular`. */
  name: string;
  /** The font program is inside the file (/FontFile, /FontFile2 or /FontFile3). */
  embedded: boolean;
}

export interface PdfContent {
  numPages: number;
  /** One string per page: the text items joined with spaces, whitespace collapsed. */
  pages: string[];
  /** The document information dictionary as pdfjs reads it (Title, Author, CreationDate...). */
  info: Record<string, unknown>;
  outline: PdfOutlineItem[];
  /** The catalog's /Lang, if any. */
  language: string | undefined;
  fonts: PdfFont[];
}

/** Opens the PDF with pdfjs (no system fonts, no font loading) and reads everything above. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  // pdfjs transfers (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      pages.push(text);
      page.cleanup();
    }
    const metadata = await doc.getMetadata();
    const outline = (await doc.getOutline()) ?? [];
    return {
      numPages: doc.numPages,
      pages,
      info: metadata.info as Record<string, unknown>,
      outline: outline.map(toOutlineItem),
      language: catalogLanguage(bytes),
      fonts: listFonts(bytes),
    };
  } finally {
    await doc.destroy();
  }
}

/** The text of each page only. */
export async function extractPdfText(bytes: Uint8Array): Promise<string[]> {
  return (await readPdf(bytes)).pages;
}

interface RawOutline {
  title: string;
  items: RawOutline[];
}

function toOutlineItem(item: RawOutline): PdfOutlineItem {
  return { title: item.title, items: item.items.map(toOutlineItem) };
}

/**
 * Every font dictionary in the file and whether its program is embedded. Reads the object
 * dictionaries directly (pdfkit writes them uncompressed, outside object streams); a Type0
 * font is embedded when its descendant CID font's descriptor has a font file.
 */
export function listFonts(bytes: Uint8Array): PdfFont[] {
  const objects = pdfObjects(bytes);
  const fontFileOf = (descriptorRef: string | undefined): boolean => {
    const descriptor = descriptorRef ? objects.get(descriptorRef) : undefined;
    return descriptor !== undefined && /\/FontFile[23]?\s+\d+\s+0\s+R/.test(descriptor);
  };
  const fonts: PdfFont[] = [];
  for (const body of objects.values()) {
    if (!/\/Type\s*\/Font\b/.test(body) || /\/Subtype\s*\/CIDFontType[02]/.test(body)) continue;
    const name = /\/BaseFont\s*\/([^\s/<>[\]()]+)/.exec(body)?.[1] ?? '(unnamed)';
    let embedded: boolean;
    if (/\/Subtype\s*\/Type0/.test(body)) {
      const descendant = /\/DescendantFonts\s*\[\s*(\d+)\s+0\s+R/.exec(body)?.[1];
      const cidFont = descendant ? objects.get(descendant) : undefined;
      embedded = fontFileOf(cidFont ? /\/FontDescriptor\s+(\d+)\s+0\s+R/.exec(cidFont)?.[1] : undefined);
    } else {
      embedded = fontFileOf(/\/FontDescriptor\s+(\d+)\s+0\s+R/.exec(body)?.[1]);
    }
    fonts.push({ name, embedded });
  }
  return fonts;
}

function catalogLanguage(bytes: Uint8Array): string | undefined {
  for (const body of pdfObjects(bytes).values()) {
    if (/\/Type\s*\/Catalog\b/.test(body)) return /\/Lang\s*\(([^)]*)\)/.exec(body)?.[1];
  }
  return undefined;
}

/** Object number -> the dictionary text of `N 0 obj << ... >>` (streams' data left out). */
function pdfObjects(bytes: Uint8Array): Map<string, string> {
  const text = Buffer.from(bytes).toString('latin1');
  const objects = new Map<string, string>();
  const pattern = /(\d+)\s+0\s+obj\s*<<([\s\S]*?)>>\s*(?:stream|endobj)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    objects.set(match[1]!, match[2]!);
  }
  return objects;
}
