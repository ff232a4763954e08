/**
 * The PDF/UA checker (scripts/pdf-ua-check.py, pikepdf) from a test, and what pdfjs-dist
 * reads of a tagged PDF: per page, the text inside each marked-content sequence with its tag,
 * and the structure tree pdfjs builds for the page.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const checker = fileURLToPath(new URL('../../scripts/pdf-ua-check.py', import.meta.url));

/** Problems by file, then by kind (e.g. `content-unmarked`); a file that passes has `{}`. */
export type PdfUaReport = Record<string, Record<string, string[]>>;

/** Runs the checker on files or folders (every PDF under them) with Debian's python3. */
export function checkPdfUa(paths: readonly string[]): Promise<PdfUaReport> {
  return new Promise((resolve, reject) => {
    execFile(
      '/usr/bin/python3',
      [checker, '--json', ...paths],
      { maxBuffer: 64 * 1024 * 1024, timeout: 600_000 },
      (error, stdout, stderr) => {
        // Exit 1 means problems were found: the JSON says which.
        if (error && error.code !== 1)
          return reject(new Error(`pdf-ua-check failed: ${stderr || error.message}`));
        try {
          resolve(JSON.parse(stdout) as PdfUaReport);
        } catch (parseError) {
          reject(new Error(`pdf-ua-check printed no JSON: ${stderr}`, { cause: parseError }));
        }
      },
    );
  });
}

/** A run of text inside one marked-content sequence: `Artifact`, or a structure tag (`TH`...). */
export interface MarkedText {
  tag: string;
  text: string;
}

export interface StructNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

export interface TaggedPage {
  marked: MarkedText[];
  tree: StructNode | null;
}

/** Every page's marked text (in content order) and pdfjs's structure tree of the page. */
export async function readTaggedPdf(bytes: Uint8Array): Promise<{ pages: TaggedPage[]; markInfo: unknown }> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: TaggedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const marked: MarkedText[] = [];
      const tags: string[] = [];
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
            // pdfjs gives the sequence's tag, though its types leave it out.
            const tag = (item as { tag?: string }).tag ?? '';
            tags.push(tag);
            marked.push({ tag, text: '' });
          } else if (item.type === 'endMarkedContent') {
            tags.pop();
          }
          continue;
        }
        const last = marked[marked.length - 1];
        if (last && tags.length > 0) last.text += item.str;
        else marked.push({ tag: '', text: item.str });
      }
      pages.push({ marked, tree: (await page.getStructTree()) as StructNode | null });
      page.cleanup();
    }
    return { pages, markInfo: await doc.getMarkInfo() };
  } finally {
    await doc.destroy();
  }
}

/** Every node of a structure tree, depth first. */
export function structNodes(node: StructNode | null | undefined): StructNode[] {
  if (!node) return [];
  return [node, ...(node.children ?? []).flatMap(structNodes)];
}
