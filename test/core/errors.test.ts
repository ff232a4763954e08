import { describe, expect, it } from 'vitest';
import { AllianceError, errorFields, isRetryable, RuleFailedError } from '../../functions/core/errors.js';
import { rules, runRules } from '../../functions/core/ingest/rules/index.js';
import type { Rule } from '../../functions/core/ingest/rules/types.js';
import { ObjectChangedError, ObjectExistsError, StoreError } from '../../functions/core/ports.js';

const context = { indicators: [], actions: [], hasIndicators: true, previous: null };

describe('one base for every fault', () => {
  it('gives each error its name, code, cause and whether a retry can help', () => {
    const sdk = new Error('socket hang up');
    const store = new StoreError('GET_FAILED', 'Could not read x', { cause: sdk });
    expect(store).toBeInstanceOf(AllianceError);
    expect(store).toMatchObject({ name: 'StoreError', code: 'GET_FAILED', retryable: true, cause: sdk });
    expect(isRetryable(store)).toBe(true);
    expect(isRetryable(new ObjectChangedError('current/2014/FR/actions.json'))).toBe(true);
    expect(isRetryable(new ObjectExistsError('published/2014/edition-1/plan.json'))).toBe(false);
    // Something thrown that is not ours is not known to be worth a retry.
    expect(isRetryable(new TypeError('x is undefined'))).toBe(false);
  });

  it('logs any error in one shape, with its cause chain named', () => {
    const fields = errorFields(
      new StoreError('PUT_FAILED', 'Could not write y', { cause: new Error('denied') }),
    );
    expect(fields).toMatchObject({
      error: 'StoreError',
      code: 'PUT_FAILED',
      retryable: true,
      detail: 'Could not write y',
      cause: 'Error: denied',
    });
    expect(errorFields('a string')).toMatchObject({ error: 'Error', detail: 'a string' });
    expect(errorFields('a string')).not.toHaveProperty('code');
  });
});

describe('the rules engine', () => {
  it('records a rule that throws as RULE_FAILED, keeps what it threw, and runs the others', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'value')");
    const broken: Rule = {
      code: 'INDICATOR_DUPLICATE',
      check: () => {
        throw bug;
      },
    };
    const seen: string[] = [];
    const fine: Rule = {
      code: 'INDICATOR_NO_DATA',
      check: () => {
        seen.push('ran');
        return [];
      },
    };
    const { issues, faults } = runRules(context, [broken, fine]);
    expect(issues.map((i) => i.code)).toEqual(['RULE_FAILED']);
    expect(issues[0]!.message).toContain('INDICATOR_DUPLICATE');
    // The person sees that a check could not run; the thrown error is kept for the log.
    expect(JSON.stringify(issues)).not.toContain('Cannot read');
    expect(seen).toEqual(['ran']);
    expect(faults).toHaveLength(1);
    expect(faults[0]).toBeInstanceOf(RuleFailedError);
    expect(faults[0]).toMatchObject({ code: 'RULE_FAILED', rule: 'INDICATOR_DUPLICATE', cause: bug });
  });

  it('has no faults when every rule runs', () => {
    expect(runRules(context, rules).faults).toEqual([]);
  });
});

describe('the error classes of functions/', () => {
  it('all extend AllianceError (only the base extends Error)', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const root = new URL('../../functions/', import.meta.url);
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.ts'));
    const offenders: string[] = [];
    for (const file of files) {
      const text = await readFile(new URL(file, root), 'utf8');
      for (const m of text.matchAll(/class (\w+)(?:<[^>]*>)? extends Error\b/g))
        offenders.push(`${file}: ${m[1]}`);
    }
    expect(offenders).toEqual(['core/errors.ts: AllianceError']);
  });
});
