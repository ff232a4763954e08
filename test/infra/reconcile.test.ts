import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';

type Statement = { Action: string | string[]; Resource: unknown; Sid?: string };
type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

describe('the daily reconcile in the stack', () => {
  let template: Template;
  let reconcileId: string;
  beforeAll(() => {
    const app = new App({
      context: { 'aws:cdk:bundling-stacks': [], publishSchedule: 'cron(0 6 5 12 ? *)' },
    });
    template = Template.fromStack(buildApp(app).stack);
    const fns = template.findResources('AWS::Lambda::Function', {
      Properties: { Description: Match.stringLikeRegexp('never processed') },
    });
    expect(Object.keys(fns)).toHaveLength(1);
    reconcileId = Object.keys(fns)[0]!;
  });

  it('runs the reconcile function once a day, replaying what it finds', () => {
    const rules = Object.values(template.findResources('AWS::Events::Rule') as Resources).filter(
      (r) => r.Properties.ScheduleExpression === 'rate(1 day)',
    );
    expect(rules).toHaveLength(1);
    const target = (rules[0]!.Properties.Targets as Array<Record<string, unknown>>)[0]!;
    expect(JSON.stringify(target.Arn)).toContain(reconcileId);
    expect(JSON.parse(target.Input as string)).toEqual({ replay: true });
    expect(target.DeadLetterConfig).toBeDefined();
  });

  it('may list upload versions and write only records and pointers, and delete nothing', () => {
    const policies = template.findResources('AWS::IAM::Policy') as Resources;
    const entry = Object.entries(policies).find(([id]) => id.startsWith('ReconcileRoleDefaultPolicy'));
    expect(entry).toBeDefined();
    const statements = (entry![1].Properties.PolicyDocument as { Statement: Statement[] }).Statement;
    const actions = statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
    expect(actions).toContain('s3:ListBucketVersions');
    expect(actions).toContain('s3:GetObjectVersion');
    expect(actions.some((a) => /Delete/i.test(a))).toBe(false);
    const writes = statements.filter((s) => s.Sid === 'WriteData');
    expect(JSON.stringify(writes.map((s) => s.Resource))).toMatch(/uploads\/\*.*current\/\*/);
    expect(JSON.stringify(writes.map((s) => s.Resource))).not.toMatch(/drafts|published/);
  });

  it('raises an alarm when a run fails', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: reconcileId } }],
      Threshold: 1,
    });
  });
});
