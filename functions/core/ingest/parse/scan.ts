/**
 * Small scanners for cell text, in place of regular expressions that backtrack: each one
 * looks at every character a bounded number of times, whatever the text (a cell of 32,767
 * colons or open brackets included). test/hardening/regex-worst-case.test.ts holds every
 * regex of the core to 50 KB of its worst input; these need no such proof.
 */

/** True for the characters `\s` matches (the same set `String.prototype.trim` removes). */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && ch.trim() === '';
}

/**
 * Replaces each bracketed part (`(...)` or `[...]`, to the first closing bracket of its
 * kind) with `by`, scanning once: an opening bracket with no closing one after it is kept,
 * and then no later one of its kind is looked for (none can close either).
 */
export function replaceBracketed(text: string, by: string, pairs = '()[]'): string {
  const unclosed = new Set<string>();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const open = pairs.indexOf(text[i]!);
    if (open < 0 || open % 2 === 1) continue;
    const close = pairs[open + 1]!;
    if (unclosed.has(close)) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0) {
      unclosed.add(close);
      continue;
    }
    out += text.slice(from, i) + by;
    from = end + 1;
    i = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Removes a trailing run of the given marks and the white space after it (`Year:`,
 * `Country *`, `Value ::  `); text without such a run comes back unchanged.
 */
export function trimTrailingMarks(text: string, marks: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1])) end--;
  let start = end;
  while (start > 0 && marks.includes(text[start - 1]!)) start--;
  return start < end ? text.slice(0, start) : text;
}
