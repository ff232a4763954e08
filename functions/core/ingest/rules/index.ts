/**
 * The checks that look across lines (or at what was read, rather than at one cell), and
 * the engine that runs them: a rule that throws is recorded as RULE_FAILED (which
 * rejects: an upload is never accepted unchecked) and never stops the others.
 */

import { RuleFailedError } from '../../errors.js';
import type { Issue } from '../../issues.js';
import { issue } from '../catalogue.js';
import { actionEndBeforeStart } from './action-end-before-start.js';
import { actionRefDuplicate } from './action-ref-duplicate.js';
import { changeOver50Percent } from './change-over-50-percent.js';
import { convictedAboveProsecuted } from './convicted-above-prosecuted.js';
import { derivedIndicatorIgnored } from './derived-indicator-ignored.js';
import { indicatorDuplicate } from './indicator-duplicate.js';
import { indicatorNoData } from './indicator-no-data.js';
import { textLooksLikeFormula } from './text-looks-like-formula.js';
import type { Rule, RuleContext } from './types.js';

export type { Rule, RuleContext } from './types.js';

/** Every cross-line rule, in the order they run. */
export const rules: readonly Rule[] = [
  indicatorDuplicate,
  derivedIndicatorIgnored,
  indicatorNoData,
  convictedAboveProsecuted,
  changeOver50Percent,
  textLooksLikeFormula,
  actionRefDuplicate,
  actionEndBeforeStart,
];

/**
 * Runs the rules; one that throws becomes a RULE_FAILED issue instead of stopping the run,
 * and what it threw is kept in `faults` (a RuleFailedError whose cause is the thrown error),
 * for the edge to log: the person sees that a check could not run, the log says why.
 */
export function runRules(
  context: RuleContext,
  list: readonly Rule[] = rules,
): { issues: Issue[]; faults: RuleFailedError[] } {
  const faults: RuleFailedError[] = [];
  const issues = list.flatMap((rule) => {
    try {
      return rule.check(context);
    } catch (error) {
      faults.push(new RuleFailedError(rule.code, error));
      return [issue('RULE_FAILED', {}, null, { rule: rule.code })];
    }
  });
  return { issues, faults };
}
