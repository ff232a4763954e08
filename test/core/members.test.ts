import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { members, membersInYear } from '../../functions/core/members.js';

describe('members in a year', () => {
  it('counts 48 at the launch, 54 in 2014 and 2015 (Viet Nam left after 2013)', () => {
    expect(membersInYear(2012)).toHaveLength(48);
    expect(membersInYear(2013).map((m) => m.code)).toContain('VN');
    expect(membersInYear(2014)).toHaveLength(54);
    expect(membersInYear(2015)).toHaveLength(54);
    expect(membersInYear(2015).map((m) => m.code)).not.toContain('VN');
  });

  it('agrees with shared/spec/members.csv on every member_from and member_until', () => {
    const csv = readFileSync(specMembersCsv(), 'utf8');
    const rows = csv.trim().split('\n').slice(1);
    expect(members).toHaveLength(rows.length);
    for (const row of rows) {
      const [code, , , from, until] = row.split(',');
      const m = members.find((x) => x.code === code);
      expect(m?.memberFrom, code).toBe(Number(from));
      expect(m?.memberUntil, code).toBe(until ? Number(until) : undefined);
    }
  });
});

/** shared/spec/members.csv beside the repository (or beside a folder above it, for a worktree). */
function specMembersCsv(): string {
  let dir = fileURLToPath(new URL('../..', import.meta.url));
  for (;;) {
    const candidate = join(dir, 'shared', 'spec', 'members.csv');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('shared/spec/members.csv not found beside the repository or above it');
    dir = parent;
  }
}
