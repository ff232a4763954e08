/**
 * Every regular expression written in the core (functions/core/**), found from the source
 * with a real parser (rolldown's oxc, which vitest's vite already brings), so a regex added
 * tomorrow is in the list without anyone remembering to add it. Used by
 * regex-worst-case.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rolldown/parseAst';

export interface FoundRegex {
  /** Path from the repository root. */
  file: string;
  line: number;
  pattern: string;
  flags: string;
}

export interface DynamicRegex {
  file: string;
  line: number;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

type Node = { type?: string; start?: number; [key: string]: unknown };

/** The regex literals, and the `RegExp(...)` calls whose pattern is not a literal. */
export function findRegexes(under = 'functions/core'): { literals: FoundRegex[]; dynamic: DynamicRegex[] } {
  const literals: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const path of tsFiles(join(root, under)).sort()) {
    const source = readFileSync(path, 'utf8');
    const file = relative(root, path);
    const lineOf = (at: number) => source.slice(0, at).split('\n').length;
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (const n of node) visit(n);
        return;
      }
      if (!node || typeof node !== 'object') return;
      const n = node as Node;
      const regex = n.regex as { pattern: string; flags: string } | undefined;
      if (n.type === 'Literal' && regex)
        literals.push({ file, line: lineOf(n.start ?? 0), pattern: regex.pattern, flags: regex.flags });
      if (n.type === 'NewExpression' || n.type === 'CallExpression') {
        const callee = n.callee as Node & { name?: string };
        if (callee?.type === 'Identifier' && callee.name === 'RegExp') {
          const [first] = (n.arguments as Node[]) ?? [];
          const literal = first?.type === 'Literal' && typeof first.value === 'string';
          if (literal) {
            const flagsNode = ((n.arguments as Node[]) ?? [])[1];
            literals.push({
              file,
              line: lineOf(n.start ?? 0),
              pattern: first.value as string,
              flags: typeof flagsNode?.value === 'string' ? flagsNode.value : '',
            });
          } else dynamic.push({ file, line: lineOf(n.start ?? 0) });
        }
      }
      for (const [key, value] of Object.entries(n)) if (key !== 'parent') visit(value);
    };
    visit(parseAst(source, { lang: 'ts' }, path));
  }
  return { literals, dynamic };
}
