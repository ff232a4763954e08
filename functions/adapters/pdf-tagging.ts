/**
 * Tagged PDF (PDF/UA-1) from pdfmake: every painted thing in a structure element or marked
 * as an artifact, the structure tree in the order the definition is written.
 *
 * pdfmake 0.3 passes `tagged` and `subset` to pdfkit and marks nothing, so it has to be
 * taught. Three steps, each a small wrapper around one pdfmake method:
 *
 * 1. Before layout (`prepareTaggedDefinition`): walk the definition once and give every node
 *    that is a structure element a context (role, parent, alt, scope, lang), in reading
 *    order. Grouping nodes (stack, columns) get none; their children join the parent.
 * 2. During layout: a stack of contexts follows `LayoutBuilder.processNode`, and each line,
 *    vector, image or SVG pdfmake places on a page is stamped with the context on top.
 *    Stamps are plain properties, so they survive pdfmake copying items between pages.
 *    Running header, footer and background are laid out under an artifact context; a table's
 *    header rows repeated on a continuation page (`insertedOnPages` fragments) are restamped
 *    as artifacts.
 * 3. During rendering: before each item the renderer opens the marked content of its context
 *    (`markStructureContent`) or an artifact, and keeps it open while the next item has the
 *    same one. Links (per inline) become Link elements owning their annotations, with a
 *    description (/Contents). After the last page the structure tree is built from the
 *    contexts, in definition order, top-level content grouped into sections by its H2/H3.
 *
 * Pinned: pdfmake 0.3.11 and pdfkit 0.19.1 (PINNED_VERSIONS; the test
 * test/render/pdf-ua.test.ts fails when either changes). `installTagging` also checks,
 * when it runs, that the private methods it wraps exist, and throws if one does not.
 *
 * Private parts relied on:
 * - pdfmake: LayoutBuilder.prototype.{processNode, processToc, processList, layoutDocument,
 *   addDynamicRepeatable, addBackground}; ElementWriter.prototype.{addLine, addVector, addImage,
 *   addSVG, addFragment}; the repeatable fragment's `insertedOnPages`; Renderer.prototype.
 *   {renderPages, renderLine, renderVector, renderImage, renderSVG, renderWatermark,
 *   beginClip, endClip, beginVerticalAlignment, endVerticalAlignment}; renderLine calling
 *   `pdfDocument.text` once per inline in order; `node.toc._table` and `_items` (the table
 *   of contents built in DocMeasure); `listMarker._inlines`; inlines carrying a text
 *   fragment's own properties (StyleContextStack.copyStyle).
 * - pdfkit: `doc.page` (its `dictionary`, `annotations`), `markStructureContent`, `markContent`,
 *   `endMarkedContent`, `struct`, `addStructure`, the `structParent` option of `annotate`,
 *   and PDFStructureElement flushing an annotation's /Pg from `doc.page` when it gets a parent.
 */

import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { AllianceError } from '../core/errors.js';
import { PDF_TAG_KEY, type PdfTag } from '../render/pdf/tags.js';

/** The versions the wrappers were written against. */
export const PINNED_VERSIONS = { pdfmake: '0.3.11', pdfkit: '0.19.1' } as const;

/** A node of the structure tree to be: one per structure element (and shared artifact kinds). */
interface TagContext {
  role: string;
  parent: TagContext | null;
  /** Child contexts and marked-content references, in reading order. */
  kids: Array<TagContext | MarkedContent>;
  alt?: string;
  lang?: string;
  scope?: 'Column' | 'Row' | 'Both';
  title?: string;
  /** Set on artifacts: `/Artifact <</Type ...>>`. */
  artifact?: 'Pagination' | 'Layout';
  attached?: string[];
  /** The Figure this context is in (itself for a Figure): all its content is the figure's. */
  figure?: TagContext;
  /** What a link in this context says, when the link is the whole node. */
  linkText?: string;
  /** A TOC entry: its description once page numbers are known. */
  describe?: () => string;
  /** Link contexts: the pdfkit element (made while rendering), page and target. */
  element?: PdfkitStructElement;
  pageRef?: unknown;
  target?: string;
  /** Heading text, kept for the section's title. */
  text?: string[];
}

/** pdfkit's PDFStructureContent: opaque here. */
type MarkedContent = { refs: unknown[] };

interface PdfkitStructElement {
  add(child: unknown): PdfkitStructElement;
  end(): void;
}

interface PdfkitDoc {
  page: { dictionary: unknown; annotations: unknown[] };
  options: { tagged?: boolean };
  markStructureContent(tag: string, options?: object): MarkedContent;
  markContent(tag: string, options?: object): PdfkitDoc;
  endMarkedContent(): PdfkitDoc;
  struct(type: string, options?: object, children?: unknown): PdfkitStructElement;
  addStructure(element: PdfkitStructElement): PdfkitDoc;
  text(...args: unknown[]): unknown;
  annotate(...args: unknown[]): unknown;
  addPage(...args: unknown[]): unknown;
  _tagRoot?: TagContext;
}

type Item = { _tagCtx?: TagContext; inlines?: Inline[] };
type Inline = {
  text?: string;
  link?: string | null;
  linkToDestination?: string | null;
  lang?: string;
  _linkText?: string;
  _tagCtx?: TagContext;
  [PDF_TAG_KEY]?: PdfTag;
};
type Node = Record<string, unknown> & { _tagCtx?: TagContext };
// biome-ignore lint/suspicious/noExplicitAny: pdfmake's classes are untyped JavaScript.
type AnyClass = { prototype: any };

const CTX = '_tagCtx';

const layoutArtifact: TagContext = { role: 'Artifact', parent: null, kids: [], artifact: 'Layout' };
const headerArtifact: TagContext = {
  role: 'Artifact',
  parent: null,
  kids: [],
  artifact: 'Pagination',
  attached: ['Top'],
};
const footerArtifact: TagContext = {
  role: 'Artifact',
  parent: null,
  kids: [],
  artifact: 'Pagination',
  attached: ['Bottom'],
};
/** A table's header rows, drawn again on a continuation page. */
const repeatedArtifact: TagContext = { role: 'Artifact', parent: null, kids: [], artifact: 'Pagination' };

/** Roles whose element stays even when empty: a table keeps its grid. */
const KEEP_EMPTY = new Set(['TR', 'TH', 'TD']);

/** The tagging could not be installed: pdfmake or pdfkit are not the versions it knows. */
export class PdfTaggingError extends AllianceError<'PDF_TAGGING_UNSUPPORTED'> {
  constructor(message: string) {
    super('PdfTaggingError', 'PDF_TAGGING_UNSUPPORTED', message);
  }
}

// ---------------------------------------------------------------------------------------
// 1. Before layout: contexts on the definition.

/**
 * The definition made ready for tagged output: pdfkit told to write a tagged PDF/UA-1 file
 * (MarkInfo, structure tree root, XMP identifier, DisplayDocTitle), and every node given the
 * context of its structure element. Mutates and returns `doc` (hand it a copy).
 */
export function prepareTaggedDefinition(doc: TDocumentDefinitions): TDocumentDefinitions {
  const root: TagContext = { role: 'Document', parent: null, kids: [] };
  const definition = doc as unknown as Record<string, unknown>;
  definition.tagged = true;
  definition.subset = 'PDF/UA';
  definition.displayTitle = true;
  // pdfkit writes the XMP metadata (and so the PDF/UA identifier) only from PDF 1.4 on.
  if (!definition.version || definition.version === '1.3') definition.version = '1.7';
  const content = normalize(definition.content);
  visit(content, root);
  const wrapper: Node = { stack: [content], [CTX]: root };
  definition.content = wrapper;
  return doc;
}

function child(parent: TagContext, role: string, extra: Partial<TagContext> = {}): TagContext {
  const ctx: TagContext = { role, parent, kids: [], ...extra };
  if (parent.figure) ctx.figure = parent.figure;
  if (ctx.lang === undefined) delete ctx.lang;
  parent.kids.push(ctx);
  return ctx;
}

/** pdfmake's shortcuts spelled out, so each node is an object that can carry its context. */
function normalize(value: unknown): Node {
  if (Array.isArray(value)) return { stack: value };
  if (value === null || value === undefined) return { text: '' };
  if (typeof value !== 'object') return { text: String(value) };
  const node = value as Node;
  // pdfmake reads an empty object as empty text; with a context on it, it would not.
  if (Object.keys(node).length === 0) node.text = '';
  return node;
}

function tagOf(node: Node): PdfTag | undefined {
  return node[PDF_TAG_KEY] as PdfTag | undefined;
}

function langOf(node: Node): string | undefined {
  return typeof node.lang === 'string' && node.lang !== '' ? node.lang : undefined;
}

function visit(node: Node, parent: TagContext): void {
  const tag = tagOf(node);
  if (tag?.role === 'Artifact') {
    node[CTX] = layoutArtifact;
    return;
  }
  if (tag?.role === 'Figure') {
    const ctx = child(parent, 'Figure', { alt: tag.alt ?? '' });
    ctx.figure = ctx;
    node[CTX] = ctx;
    return; // everything drawn inside is the figure's
  }
  if (parent.figure) return;
  if (node.table) {
    visitTable(node, parent);
    return;
  }
  if (node.ul || node.ol) {
    visitList(node, parent);
    return;
  }
  if (node.toc) {
    visitToc(node, parent);
    return;
  }
  if (Array.isArray(node.stack)) {
    node.stack = node.stack.map((item) => {
      const n = normalize(item);
      visit(n, parent);
      return n;
    });
    return;
  }
  if (Array.isArray(node.columns)) {
    node.columns = node.columns.map((column) => {
      const n = normalize(column);
      visit(n, parent);
      return n;
    });
    return;
  }
  if (node.text !== undefined) {
    const role = tag?.role ?? headingRole(node.headlineLevel) ?? 'P';
    const ctx = child(parent, role, { lang: langOf(node) });
    node[CTX] = ctx;
    visitText(node, ctx);
    return;
  }
  if (node.canvas || node.svg || node.image || node.qr) {
    // A drawing nobody described is decoration: meaning must be in text or a figure.
    node[CTX] = layoutArtifact;
  }
}

/** The definition's heading levels: 1 a section (H2; the title is H1), 2 a subsection. */
function headingRole(level: unknown): string | undefined {
  if (level === 1) return 'H2';
  if (level === 2) return 'H3';
  return undefined; // 3 is a caption kept with its table: a paragraph
}

/** A node whose text is the content of `ctx` (a paragraph, a cell, a list body). */
function visitText(node: Node, ctx: TagContext): void {
  if (node.link || node.linkToDestination) ctx.linkText = plainText(node.text);
  if (Array.isArray(node.text)) {
    node.text = node.text.map((piece) => {
      if (piece === null || typeof piece !== 'object' || Array.isArray(piece)) return piece;
      const fragment = piece as Node;
      if (fragment.link || fragment.linkToDestination) fragment._linkText = plainText(fragment.text);
      return fragment;
    });
  }
}

/** The content of a holder (a cell, a list body): its own text, or child nodes inside it. */
function visitInside(node: Node, ctx: TagContext): void {
  node[CTX] = ctx;
  if (node.text !== undefined) {
    visitText(node, ctx);
    return;
  }
  visit(node, ctx);
  if (node[CTX] === undefined) node[CTX] = ctx;
}

function visitTable(node: Node, parent: TagContext): void {
  const table = node.table as { body?: unknown[][]; headerRows?: number };
  const ctx = child(parent, 'Table');
  node[CTX] = ctx;
  const headerRows = typeof table.headerRows === 'number' ? table.headerRows : 0;
  (table.body ?? []).forEach((row, r) => {
    const tr = child(ctx, 'TR');
    let spanned = 0;
    row.forEach((cell, c) => {
      const n = normalize(cell);
      row[c] = n;
      if (spanned > 0) {
        spanned--; // a colSpan placeholder: no cell of its own
        return;
      }
      if (typeof n.colSpan === 'number' && n.colSpan > 1) spanned = n.colSpan - 1;
      const tag = tagOf(n);
      const header = r < headerRows || tag?.role === 'TH';
      const scope = tag?.scope ?? (r < headerRows ? 'Column' : header ? 'Row' : undefined);
      const cellCtx = child(tr, header ? 'TH' : 'TD', { lang: langOf(n), ...(scope ? { scope } : {}) });
      visitInside(n, cellCtx);
    });
  });
}

function visitList(node: Node, parent: TagContext): void {
  const ordered = Array.isArray(node.ol);
  const key = ordered ? 'ol' : 'ul';
  const ctx = child(parent, 'L');
  node[CTX] = ctx;
  node[key] = (node[key] as unknown[]).map((item) => {
    const n = normalize(item);
    const li = child(ctx, 'LI');
    // A numbered list's numbers are labels; a bullet is drawn (a vector): decoration.
    if (ordered) n._tagLbl = child(li, 'Lbl');
    visitInside(n, child(li, 'LBody', { lang: langOf(n) }));
    return n;
  });
}

function visitToc(node: Node, parent: TagContext): void {
  const toc = node.toc as { title?: unknown };
  if (toc.title !== undefined) {
    const title = normalize(toc.title);
    toc.title = title;
    title[CTX] = child(parent, 'H2');
  }
  node[CTX] = child(parent, 'TOC');
}

function plainText(text: unknown): string {
  if (typeof text === 'string' || typeof text === 'number') return String(text);
  if (Array.isArray(text)) return text.map(plainText).join('');
  if (text && typeof text === 'object' && 'text' in text) return plainText((text as { text: unknown }).text);
  return '';
}

// ---------------------------------------------------------------------------------------
// 2. During layout: stamp what is placed with the context it belongs to.

const stack: TagContext[] = [];

function stamp(item: Item | undefined): void {
  const top = stack[stack.length - 1];
  if (item && top && item._tagCtx === undefined) item._tagCtx = top;
}

function wrap(proto: Record<string, unknown>, name: string, make: (original: Function) => Function): void {
  const original = proto[name];
  if (typeof original !== 'function') {
    throw new PdfTaggingError(
      `pdfmake has no ${name}(): the PDF tagging was written for pdfmake ${PINNED_VERSIONS.pdfmake}`,
    );
  }
  proto[name] = make(original);
}

function withContext<T>(ctx: TagContext | undefined, run: () => T): T {
  if (!ctx) return run();
  stack.push(ctx);
  try {
    return run();
  } finally {
    stack.pop();
  }
}

function installLayout(LayoutBuilder: AnyClass, ElementWriter: AnyClass): void {
  const layout = LayoutBuilder.prototype;
  wrap(
    layout,
    'layoutDocument',
    (original) =>
      function layoutDocument(this: unknown, content: Node, pdfDocument: PdfkitDoc, ...rest: unknown[]) {
        const root = content?.[CTX];
        if (root && root.role === 'Document') pdfDocument._tagRoot = root;
        stack.length = 0;
        try {
          return original.call(this, content, pdfDocument, ...rest);
        } finally {
          stack.length = 0;
        }
      },
  );
  wrap(
    layout,
    'processNode',
    (original) =>
      function processNode(this: unknown, node: Node, ...rest: unknown[]) {
        return withContext(node?.[CTX], () => original.call(this, node, ...rest));
      },
  );
  wrap(
    layout,
    'processList',
    (original) =>
      function processList(this: unknown, ordered: boolean, node: Node) {
        const items = (ordered ? node.ol : node.ul) as Node[] | undefined;
        for (const item of items ?? []) {
          const marker = item.listMarker as { _inlines?: Inline[] } | undefined;
          const label = item._tagLbl as TagContext | undefined;
          const first = marker?._inlines?.[0];
          if (first && stack.length > 0) first._tagCtx = label ?? layoutArtifact;
        }
        return original.call(this, ordered, node);
      },
  );
  wrap(
    layout,
    'processToc',
    (original) =>
      function processToc(this: unknown, node: Node) {
        const ctx = node[CTX];
        const toc = node.toc as {
          _table?: Node & { table: { body: Node[][] } };
          _items?: Array<{
            _textNodeRef: { text: unknown };
            _nodeRef: { positions?: Array<{ pageNumber: number }> };
          }>;
        };
        if (ctx && toc._table) {
          ctx.kids = []; // laid out again after a page break moved: entries made afresh
          toc._table[CTX] = ctx;
          toc._table.table.body.forEach((row, i) => {
            const item = toc._items?.[i];
            const entry = child(ctx, 'TOCI');
            const title = plainText(item?._textNodeRef.text);
            const describe = () => {
              const page = item?._nodeRef.positions?.[0]?.pageNumber;
              return page === undefined ? title : `${title}, page ${page}`;
            };
            // The entry's title and its page number: each a reference, read one after the other.
            for (const cell of row) cell[CTX] = child(entry, 'Reference', { describe });
          });
        }
        return original.call(this, node);
      },
  );
  wrap(
    layout,
    'addDynamicRepeatable',
    (original) =>
      function addDynamicRepeatable(this: unknown, getter: unknown, size: unknown, name: string) {
        const ctx = name === 'footer' ? footerArtifact : headerArtifact;
        return withContext(ctx, () => original.call(this, getter, size, name));
      },
  );
  wrap(
    layout,
    'addBackground',
    (original) =>
      function addBackground(this: unknown, ...args: unknown[]) {
        return withContext(layoutArtifact, () => original.apply(this, args));
      },
  );

  const writer = ElementWriter.prototype;
  wrap(
    writer,
    'addLine',
    (original) =>
      function addLine(this: unknown, line: Item, ...rest: unknown[]) {
        if (stack.length > 0 && line && line._tagCtx === undefined) {
          line._tagCtx = line.inlines?.[0]?._tagCtx ?? stack[stack.length - 1];
        }
        return original.call(this, line, ...rest);
      },
  );
  for (const name of ['addVector', 'addImage', 'addSVG']) {
    wrap(
      writer,
      name,
      (original) =>
        function addItem(this: unknown, item: Item, ...rest: unknown[]) {
          stamp(item);
          return original.call(this, item, ...rest);
        },
    );
  }
  wrap(
    writer,
    'addFragment',
    (original) =>
      function addFragment(
        this: { context(): { getCurrentPage(): { items: Array<{ item?: Item }> } } },
        block: {
          insertedOnPages?: unknown;
        },
        ...rest: unknown[]
      ) {
        if (block?.insertedOnPages === undefined) return original.call(this, block, ...rest);
        // A table's header rows again on a new page: drawn for the eye, read once.
        const page = this.context().getCurrentPage();
        const before = page.items.length;
        const result = original.call(this, block, ...rest);
        for (const entry of page.items.slice(before)) if (entry.item) entry.item._tagCtx = repeatedArtifact;
        return result;
      },
  );
}

// ---------------------------------------------------------------------------------------
// 3. During rendering: marked content, links, and the structure tree.

class TagRenderer {
  private current: TagContext | null = null;
  private line: Item | null = null;
  private inline = 0;
  private pendingLink: TagContext | null = null;

  constructor(
    private readonly doc: PdfkitDoc,
    private readonly root: TagContext,
  ) {}

  /** Opens the marked content of `target`, unless it is already the open one. */
  open(target: TagContext): void {
    if (this.current === target) return;
    this.close();
    this.current = target;
    if (target.artifact) {
      const options: Record<string, unknown> = { type: target.artifact };
      if (target.attached) options.attached = target.attached;
      this.doc.markContent('Artifact', options);
      return;
    }
    target.kids.push(this.doc.markStructureContent(target.role));
  }

  close(): void {
    if (this.current) this.doc.endMarkedContent();
    this.current = null;
  }

  /** Where a vector, image or SVG goes: into its figure, else page furniture. */
  forDrawing(item: Item | undefined): TagContext {
    const ctx = item?._tagCtx;
    return ctx?.figure ?? (ctx?.artifact ? ctx : layoutArtifact);
  }

  beginLine(line: Item): void {
    this.line = line;
    this.inline = 0;
    // Opened for the first inline already, so what pdfmake paints before it (an inline's
    // background) is inside, and no empty marked content is left before a link.
    this.open(this.targetFor(line, line.inlines?.[0]));
  }

  endLine(): void {
    this.line = null;
  }

  private forLine(line: Item): TagContext {
    const ctx = line._tagCtx;
    if (!ctx) return layoutArtifact;
    return ctx.figure ?? ctx;
  }

  /** Before pdfkit writes one inline of the current line. */
  beforeText(): void {
    const line = this.line;
    if (!line) return;
    const inline = line.inlines?.[this.inline++];
    const target = this.targetFor(line, inline);
    if (target.role === 'Link') this.pendingLink = target;
    this.open(target);
    if (inline?.text && target.role.startsWith('H')) {
      target.text ??= [];
      target.text.push(inline.text);
    }
  }

  /** The context an inline of `line` is marked in: the line's, or a Link or Span inside it. */
  private targetFor(line: Item, inline: Inline | undefined): TagContext {
    const base = this.forLine(line);
    if (!inline || base.artifact || base.figure) return base;
    if (inline[PDF_TAG_KEY]?.role === 'Artifact') return layoutArtifact;
    const target = inline.link ?? inline.linkToDestination;
    if (target) return this.linkIn(base, target, inline);
    if (inline.lang && inline.lang !== effectiveLang(base)) return this.spanIn(base, inline.lang);
    return base;
  }

  afterText(): void {
    this.pendingLink = null;
  }

  /** Makes a link annotation part of its Link element, with a description. */
  annotationOptions(options: Record<string, unknown>): void {
    const link = this.pendingLink;
    if (!link || options.Subtype !== 'Link') return;
    options.structParent = link.element;
    options.Contents = new String(link.describe ? link.describe() : (link.linkText ?? ''));
  }

  private linkIn(parent: TagContext, target: string, inline: Inline): TagContext {
    const pageRef = this.doc.page.dictionary;
    const last = parent.kids[parent.kids.length - 1];
    if (isContext(last) && last.role === 'Link' && last.target === target && last.pageRef === pageRef)
      return last;
    const holder = parent.describe ? parent : undefined;
    const text = inline._linkText ?? parent.linkText ?? inline.text ?? '';
    return child(parent, 'Link', {
      element: this.doc.struct('Link'),
      pageRef,
      target,
      linkText: text.trim(),
      ...(holder?.describe ? { describe: holder.describe } : {}),
    });
  }

  private spanIn(parent: TagContext, lang: string): TagContext {
    const last = parent.kids[parent.kids.length - 1];
    if (isContext(last) && last.role === 'Span' && last.lang === lang) return last;
    return child(parent, 'Span', { lang });
  }

  /** After the last page: the structure tree, from the contexts. */
  finish(): void {
    this.close();
    const root = this.root;
    root.kids = sections(root.kids);
    const element = this.build(root);
    if (element) this.doc.addStructure(element);
  }

  private build(ctx: TagContext): PdfkitStructElement | null {
    if (ctx.role === 'Link' && ctx.element) {
      for (const kid of ctx.kids) if (!isContext(kid)) ctx.element.add(kid);
      ctx.element.end();
      return ctx.element;
    }
    const kids: Array<{ ctx?: TagContext; value: unknown }> = [];
    for (const kid of ctx.kids) {
      if (!isContext(kid)) {
        kids.push({ value: kid });
        continue;
      }
      const built = this.build(kid);
      if (built) kids.push({ ctx: kid, value: built });
    }
    if (kids.length === 0 && !KEEP_EMPTY.has(ctx.role)) return null;
    const options: Record<string, unknown> = {};
    if (ctx.alt !== undefined) options.alt = ctx.alt;
    if (ctx.lang) options.lang = ctx.lang;
    if (ctx.scope) options.scope = ctx.scope;
    if (ctx.title) options.title = ctx.title;
    const element = this.doc.struct(ctx.role, options);
    for (const kid of kids) {
      if (kid.ctx?.role === 'Link') this.withPage(kid.ctx.pageRef, () => element.add(kid.value));
      else element.add(kid.value);
    }
    element.end();
    return element;
  }

  /** pdfkit takes an annotation's /Pg from the current page when its element is flushed. */
  private withPage(pageRef: unknown, run: () => void): void {
    const page = this.doc.page;
    this.doc.page = { ...page, dictionary: pageRef } as PdfkitDoc['page'];
    try {
      run();
    } finally {
      this.doc.page = page;
    }
  }
}

function isContext(value: unknown): value is TagContext {
  return typeof value === 'object' && value !== null && 'role' in value && 'kids' in value;
}

function effectiveLang(ctx: TagContext | null): string | undefined {
  for (let c = ctx; c; c = c.parent) if (c.lang) return c.lang;
  return undefined;
}

/** Top-level content grouped into sections: one per H2, and within it one per H3. */
function sections(kids: TagContext['kids']): TagContext['kids'] {
  const out: TagContext['kids'] = [];
  let h2: TagContext | null = null;
  let h3: TagContext | null = null;
  for (const kid of kids) {
    if (isContext(kid) && kid.role === 'H2') {
      h2 = { role: 'Sect', parent: null, kids: [kid] };
      h3 = null;
      out.push(h2);
      continue;
    }
    if (isContext(kid) && kid.role === 'H3' && h2) {
      h3 = { role: 'Sect', parent: h2, kids: [kid] };
      h2.kids.push(h3);
      continue;
    }
    const sect = h3 ?? h2;
    if (sect) sect.kids.push(kid);
    else out.push(kid);
  }
  for (const sect of out) if (isContext(sect) && sect.role === 'Sect') titleSections(sect);
  return out;
}

function titleSections(sect: TagContext): void {
  const heading = sect.kids[0];
  if (isContext(heading) && heading.text) sect.title = heading.text.join(' ').replace(/\s+/g, ' ').trim();
  for (const kid of sect.kids) if (isContext(kid) && kid.role === 'Sect') titleSections(kid);
}

const renderers = new WeakMap<object, TagRenderer>();

function installRenderer(Renderer: AnyClass): void {
  const proto = Renderer.prototype;
  wrap(
    proto,
    'renderPages',
    (original) =>
      function renderPages(this: { pdfDocument: PdfkitDoc }, pages: unknown) {
        const doc = this.pdfDocument;
        const root = doc._tagRoot;
        if (!root || !doc.options.tagged) return original.call(this, pages);
        const tagger = new TagRenderer(doc, root);
        renderers.set(this, tagger);
        const own = { text: doc.text, annotate: doc.annotate, addPage: doc.addPage };
        const d = doc as unknown as Record<string, unknown>;
        d.text = function text(this: PdfkitDoc, ...args: unknown[]) {
          tagger.beforeText();
          try {
            return own.text.apply(this, args);
          } finally {
            tagger.afterText();
          }
        };
        d.annotate = function annotate(this: PdfkitDoc, ...args: unknown[]) {
          const options = args[4];
          if (options && typeof options === 'object')
            tagger.annotationOptions(options as Record<string, unknown>);
          return own.annotate.apply(this, args);
        };
        d.addPage = function addPage(this: PdfkitDoc, ...args: unknown[]) {
          tagger.close(); // marked content never crosses a page
          return own.addPage.apply(this, args);
        };
        try {
          const result = original.call(this, pages);
          tagger.finish();
          return result;
        } finally {
          delete d.text;
          delete d.annotate;
          delete d.addPage;
          renderers.delete(this);
        }
      },
  );
  wrap(
    proto,
    'renderLine',
    (original) =>
      function renderLine(this: object, line: Item, ...rest: unknown[]) {
        const tagger = renderers.get(this);
        if (!tagger) return original.call(this, line, ...rest);
        tagger.beginLine(line);
        try {
          return original.call(this, line, ...rest);
        } finally {
          tagger.endLine();
        }
      },
  );
  for (const name of ['renderVector', 'renderImage', 'renderSVG']) {
    wrap(
      proto,
      name,
      (original) =>
        function renderDrawing(this: object, item: Item, ...rest: unknown[]) {
          const tagger = renderers.get(this);
          tagger?.open(tagger.forDrawing(item));
          return original.call(this, item, ...rest);
        },
    );
  }
  wrap(
    proto,
    'renderWatermark',
    (original) =>
      function renderWatermark(this: object, ...args: unknown[]) {
        const tagger = renderers.get(this);
        tagger?.open(layoutArtifact);
        return original.apply(this, args);
      },
  );
  // Clips and alignments save and restore the graphics state: marked content stays inside.
  for (const name of ['beginClip', 'endClip', 'beginVerticalAlignment', 'endVerticalAlignment']) {
    wrap(
      proto,
      name,
      (original) =>
        function graphicsState(this: object, ...args: unknown[]) {
          renderers.get(this)?.close();
          return original.apply(this, args);
        },
    );
  }
}

let installed = false;

/**
 * Teaches pdfmake's layout and renderer to tag (once per process). Documents not prepared by
 * `prepareTaggedDefinition` print exactly as before. Throws PdfTaggingError when a method it
 * wraps is missing.
 */
export function installTagging(modules: {
  LayoutBuilder: unknown;
  ElementWriter: unknown;
  Renderer: unknown;
}): void {
  if (installed) return;
  const { LayoutBuilder, ElementWriter, Renderer } = modules as Record<string, AnyClass | undefined>;
  if (!LayoutBuilder?.prototype || !ElementWriter?.prototype || !Renderer?.prototype) {
    throw new PdfTaggingError(
      `pdfmake's layout classes were not found (written for pdfmake ${PINNED_VERSIONS.pdfmake})`,
    );
  }
  installLayout(LayoutBuilder, ElementWriter);
  installRenderer(Renderer);
  installed = true;
}
