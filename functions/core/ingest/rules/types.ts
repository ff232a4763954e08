/** A validation rule: small, pure, named by the code it raises, like cdk-nag's rules. */
import type { Issue } from '../../issues.js';
import type { Submission } from '../../submission.js';
import type { ActionDraft } from '../actions.js';
import type { IssueCode } from '../catalogue.js';
import type { IndicatorLine } from '../indicators.js';

export interface RuleContext {
  /** Every line of the Indicators table(s), in file order. */
  indicators: readonly IndicatorLine[];
  /** Every line of the Actions table(s), in file order. */
  actions: readonly ActionDraft[];
  /** The upload carries an Indicators table. */
  hasIndicators: boolean;
  /** Last year's accepted submission, if any. */
  previous: Submission | null;
}

export interface Rule {
  /** The code the rule raises (its name). */
  code: IssueCode;
  check(context: RuleContext): Issue[];
}

/** A rule that looks at one indicator line at a time. */
export function indicatorRule(
  code: IssueCode,
  check: (line: IndicatorLine, context: RuleContext) => Issue[],
): Rule {
  return { code, check: (ctx) => ctx.indicators.flatMap((line) => check(line, ctx)) };
}

/** A rule that looks at one action line at a time. */
export function actionRule(
  code: IssueCode,
  check: (line: ActionDraft, context: RuleContext) => Issue[],
): Rule {
  return { code, check: (ctx) => ctx.actions.flatMap((line) => check(line, ctx)) };
}

/** The line that counts for each indicator: the first with data, else the first. */
export function countingLines(lines: readonly IndicatorLine[]): Map<string, IndicatorLine> {
  const chosen = new Map<string, IndicatorLine>();
  for (const line of lines) {
    const id = line.indicator.id;
    const current = chosen.get(id);
    if (!current || (current.value === null && !current.invalid && line.value !== null)) chosen.set(id, line);
  }
  return chosen;
}
