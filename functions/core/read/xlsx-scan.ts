/**
 * What the zip pass can tell about an XLSX before exceljs builds anything in memory:
 * whether any XML part declares a DOCTYPE (entities, external or nested, are refused
 * outright, as for ODS), and how many rows with a value each worksheet has (exceljs keeps
 * every row of a sheet as objects: two million of them exhaust the memory of a Lambda).
 * Byte-level scanners, chunk by chunk, so nothing is decoded or kept.
 */

const LT = 0x3c;

/** Finds `<!DOCTYPE` (any case) across chunk boundaries. */
export class DoctypeScanner {
  found = false;
  private tail = new Uint8Array(0);
  private static readonly needle = new TextEncoder().encode('<!doctype');

  push(chunk: Uint8Array): void {
    if (this.found) return;
    const data = joinTail(this.tail, chunk);
    const n = DoctypeScanner.needle;
    for (let i = data.indexOf(LT); i !== -1 && i + n.length <= data.length; i = data.indexOf(LT, i + 1)) {
      let match = true;
      for (let j = 1; j < n.length; j++) {
        const b = data[i + j]!;
        if ((b >= 0x41 && b <= 0x5a ? b + 32 : b) !== n[j]) {
          match = false;
          break;
        }
      }
      if (match) {
        this.found = true;
        return;
      }
    }
    this.tail = data.subarray(Math.max(0, data.length - (n.length - 1))).slice();
  }
}

/**
 * Counts `<row>` elements that hold a value (`<v>` or an inline `<is>`): what eachRow
 * with includeEmpty false would visit. Formatted empty rows do not count.
 */
export class RowCounter {
  rows = 0;
  private rowHasValue = false;
  private tail = new Uint8Array(0);

  push(chunk: Uint8Array): void {
    const data = joinTail(this.tail, chunk);
    // Leave the last few bytes for the next chunk: a tag may be cut in two.
    const stop = data.length - 5;
    for (let i = data.indexOf(LT); i !== -1 && i < stop; i = data.indexOf(LT, i + 1)) {
      const a = data[i + 1];
      const b = data[i + 2];
      const c = data[i + 3];
      const d = data[i + 4];
      // <row followed by a space, > or /
      if (a === 0x72 && b === 0x6f && c === 0x77 && (d === 0x20 || d === 0x3e || d === 0x2f)) {
        this.endRow();
      } else if (a === 0x76 && (b === 0x3e || b === 0x20)) {
        this.rowHasValue = true; // <v> or <v ...>
      } else if (a === 0x69 && b === 0x73 && (c === 0x3e || c === 0x20)) {
        this.rowHasValue = true; // <is>
      }
    }
    // Every `<` before `stop` was looked at; the bytes from there on wait for the next chunk.
    this.tail = data.subarray(Math.max(0, stop)).slice();
  }

  /** Call once the entry is inflated. */
  finish(): number {
    this.push(new Uint8Array([0x20, 0x20, 0x20, 0x20, 0x20, 0x20]));
    this.endRow();
    return this.rows;
  }

  private endRow(): void {
    if (this.rowHasValue) this.rows++;
    this.rowHasValue = false;
  }
}

/**
 * The longest run of bytes between two `<`: an upper bound on any text in the part (a cell's
 * text, a shared string), found without decoding. A 50 MB shared string compresses to
 * kilobytes; refusing it here keeps exceljs from building it in memory.
 */
export class LongestRunScanner {
  longest = 0;
  private current = 0;

  push(chunk: Uint8Array): void {
    let from = 0;
    for (let i = chunk.indexOf(LT); i !== -1; i = chunk.indexOf(LT, i + 1)) {
      this.current += i - from;
      if (this.current > this.longest) this.longest = this.current;
      this.current = 0;
      from = i + 1;
    }
    this.current += chunk.length - from;
    if (this.current > this.longest) this.longest = this.current;
  }
}

/** How deep elements nest, found byte by byte across chunks (the parsers keep a stack as deep). */
enum Depth {
  Text,
  Open, // after `<`
  Tag, // in a start tag, outside quotes
  Quote, // in an attribute value
  ToGt, // in an end tag, a PI or a declaration: to the next `>`
  Bang, // after `<!`
  BangDash, // after `<!-`
  Comment, // in `<!-- ... -->`
  Cdata, // in `<![CDATA[ ... ]]>`
}

/**
 * The deepest nesting of elements in an XML part, up to `max` + 1 (it stops counting
 * there). Start tags count one deeper, end tags and `/>` one back; comments, CDATA,
 * processing instructions and quoted attribute values (where `>` and `/` mean nothing)
 * are stepped over. A worksheet nested millions deep zips to kilobytes and costs a
 * parser a stack as deep: it is refused during the capped unzip pass.
 */
export class DepthScanner {
  deepest = 0;
  private depth = 0;
  private state = Depth.Text;
  private quote = 0;
  private prev = 0;
  private prev2 = 0;

  constructor(private readonly max: number) {}

  get tooDeep(): boolean {
    return this.deepest > this.max;
  }

  push(chunk: Uint8Array): void {
    // One tight loop over the bytes with the state in locals: in V8 this is several times
    // faster than an indexOf per tag (a worksheet of 2 million rows has 12 million tags).
    let { depth, deepest, state, quote, prev, prev2 } = this;
    const max = this.max;
    for (let i = 0, n = chunk.length; i < n; i++) {
      const b = chunk[i]!;
      if (state === Depth.Text) {
        if (b === 0x3c) state = Depth.Open;
      } else if (state === Depth.Tag) {
        if (b === 0x22 || b === 0x27) {
          quote = b;
          state = Depth.Quote;
        } else if (b === 0x3e) {
          if (prev === 0x2f) depth--;
          state = Depth.Text;
        }
        prev = b;
      } else if (state === Depth.Quote) {
        if (b === quote) {
          state = Depth.Tag;
          prev = b;
        }
      } else if (state === Depth.Open) {
        if (b === 0x2f) {
          if (depth > 0) depth--;
          state = Depth.ToGt;
        } else if (b === 0x3f) state = Depth.ToGt;
        else if (b === 0x21) state = Depth.Bang;
        else {
          depth++;
          if (depth > deepest) {
            deepest = depth;
            if (deepest > max) break;
          }
          state = Depth.Tag;
          prev = b;
        }
      } else if (state === Depth.ToGt) {
        if (b === 0x3e) state = Depth.Text;
      } else if (state === Depth.Bang) {
        state = b === 0x2d ? Depth.BangDash : b === 0x5b ? Depth.Cdata : Depth.ToGt;
        prev = 0;
        prev2 = 0;
      } else if (state === Depth.BangDash) {
        state = b === 0x2d ? Depth.Comment : Depth.ToGt;
      } else {
        // Comment or CDATA: ends at `-->` or `]]>`, the `>` with the two bytes before it.
        const closer = state === Depth.Comment ? 0x2d : 0x5d;
        if (b === 0x3e && prev === closer && prev2 === closer) state = Depth.Text;
        prev2 = prev;
        prev = b;
      }
    }
    Object.assign(this, { depth, deepest, state, quote, prev, prev2 });
  }
}

/**
 * Bytes of XML text that surely hold more than `maxChars` characters: one character takes at
 * most 6 bytes in XML (`&quot;`; UTF-8 takes at most 4), plus room for the tag around it.
 */
export function surelyTooLong(bytes: number, maxChars: number): boolean {
  return bytes > maxChars * 6 + 1024;
}

function joinTail(tail: Uint8Array, chunk: Uint8Array): Uint8Array {
  if (tail.length === 0) return chunk;
  const out = new Uint8Array(tail.length + chunk.length);
  out.set(tail);
  out.set(chunk, tail.length);
  return out;
}

/**
 * The attributes of every start tag named `localName` (any prefix), in order. A scanner,
 * not `<sheet\b[^>]*>` with `\bname="([^"]*)"` inside: those rescan to the end of the text
 * from every unclosed tag or quote, quadratic on a part built for it.
 */
export function startTags(xml: string, localName: string): Array<Map<string, string>> {
  const out: Array<Map<string, string>> = [];
  for (let lt = xml.indexOf('<'); lt !== -1; lt = xml.indexOf('<', lt + 1)) {
    let i = lt + 1;
    while (i < xml.length && !isNameEnd(xml.charCodeAt(i))) i++;
    const name = xml.slice(lt + 1, i);
    const local = name.slice(name.indexOf(':') + 1);
    if (local !== localName) continue;
    const attributes = new Map<string, string>();
    // Attributes up to the tag's `>`; a `>` inside a quoted value does not end the tag.
    while (i < xml.length) {
      while (i < xml.length && isNameEnd(xml.charCodeAt(i)) && xml[i] !== '>') i++;
      if (i >= xml.length || xml[i] === '>') break;
      const nameStart = i;
      while (i < xml.length && xml[i] !== '=' && !isNameEnd(xml.charCodeAt(i))) i++;
      const attribute = xml.slice(nameStart, i);
      while (isSpaceCode(xml.charCodeAt(i))) i++;
      if (xml[i] !== '=') continue;
      i++;
      while (isSpaceCode(xml.charCodeAt(i))) i++;
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") continue;
      const end = xml.indexOf(quote, i + 1);
      if (end === -1) return out; // no closing quote anywhere after: nothing more to read
      attributes.set(attribute, decodeXmlText(xml.slice(i + 1, end)));
      i = end + 1;
    }
    out.push(attributes);
    lt = i;
  }
  return out;
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** White space, `/` and `>` end a tag or attribute name. */
function isNameEnd(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}

/** Relationship targets by id, as zip entry names (a leading `/` is from the package root). */
export function relationshipTargets(relsXml: string, base: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const rel of startTags(relsXml, 'Relationship')) {
    const id = rel.get('Id');
    const target = rel.get('Target');
    if (!id || !target || rel.get('TargetMode') === 'External') continue;
    targets.set(id, resolvePartName(base, target));
  }
  return targets;
}

/** A relationship target resolved against the folder of its source part (`xl/`). */
export function resolvePartName(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Sheet names by worksheet entry (`xl/worksheets/sheet1.xml`), from workbook.xml and its rels. */
export function sheetNamesByEntry(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = relationshipTargets(relsXml, 'xl/');
  const out = new Map<string, string>();
  for (const sheet of startTags(workbookXml, 'sheet')) {
    const name = sheet.get('name');
    const id = sheet.get('r:id');
    const entry = id ? targets.get(id) : undefined;
    if (name !== undefined && entry) out.set(entry, name);
  }
  return out;
}

function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
