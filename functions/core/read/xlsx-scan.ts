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

/** Sheet names by worksheet entry (`xl/worksheets/sheet1.xml`), from workbook.xml and its rels. */
export function sheetNamesByEntry(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (!id || !target) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const entry = id ? targets.get(id) : undefined;
    if (name !== undefined && entry) out.set(entry, decodeXmlText(name));
  }
  return out;
}

function decodeXmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
