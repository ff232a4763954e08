/**
 * E-mail in the stack: with the context `mailIdentity`, the SES identity, the remind function
 * and its daily rule; sending allowed from that identity only (no wildcard, no other action),
 * the groups listed on the user pool only, S3 writes limited to the reminder records; cdk-nag
 * clean. Without the context, no identity and no sending right anywhere.
 */
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';

type Statement = { Action: string | string[]; Resource: unknown; Sid?: string; Effect: string };
type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

function synth(context: Record<string, unknown>) {
  const app = new App({
    context: { 'aws:cdk:bundling-stacks': [], publishSchedule: 'cron(0 6 5 12 ? *)', ...context },
  });
  const { stack } = buildApp(app);
  return { app, template: Template.fromStack(stack) };
}

function statementsOf(template: Template, prefix: string): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy') as Resources;
  const entry = Object.entries(policies).find(([id]) => id.startsWith(`${prefix}RoleDefaultPolicy`));
  if (!entry) throw new Error(`no policy for ${prefix}`);
  return (entry[1].Properties.PolicyDocument as { Statement: Statement[] }).Statement;
}
const actions = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

describe('e-mail in the stack', () => {
  let template: Template;
  let identityId: string;
  let remindId: string;
  let poolId: string;
  beforeAll(() => {
    template = synth({ mailIdentity: 'reports.example.org' }).template;
    identityId = Object.keys(template.findResources('AWS::SES::EmailIdentity'))[0]!;
    const fns = template.findResources('AWS::Lambda::Function', {
      Properties: { Description: Match.stringLikeRegexp('Mails the reminders') },
    });
    expect(Object.keys(fns)).toHaveLength(1);
    remindId = Object.keys(fns)[0]!;
    poolId = Object.keys(template.findResources('AWS::Cognito::UserPool'))[0]!;
  });

  it('has the SES identity of the context', () => {
    template.resourceCountIs('AWS::SES::EmailIdentity', 1);
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'reports.example.org' });
  });

  it('runs the remind function once a day, with a dead-letter queue, one run at a time', () => {
    const rules = Object.values(template.findResources('AWS::Events::Rule') as Resources).filter((r) =>
      JSON.stringify(r.Properties.Targets).includes(remindId),
    );
    expect(rules).toHaveLength(1);
    expect(rules[0]!.Properties.ScheduleExpression).toBe('cron(0 6 * * ? *)');
    const target = (rules[0]!.Properties.Targets as Array<Record<string, unknown>>)[0]!;
    expect(target.DeadLetterConfig).toBeDefined();
    expect(JSON.parse(target.Input as string)).toEqual({});
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('Mails the reminders'),
      ReservedConcurrentExecutions: 1,
      Environment: {
        Variables: Match.objectLike({
          SES_FROM: 'Global Alliance reports <no-reply@reports.example.org>',
          COGNITO_USER_POOL_ID: { Ref: poolId },
          PORTAL_URL: Match.anyValue(),
        }),
      },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: remindId } }],
    });
  });

  it('lets remind send from that identity only, list the pool’s groups only, write reminder records only', () => {
    const statements = statementsOf(template, 'Remind');
    const ses = statements.filter((s) => actions(s).some((a) => a.startsWith('ses:')));
    expect(ses).toHaveLength(1);
    expect(actions(ses[0]!)).toEqual(['ses:SendEmail']);
    expect(JSON.stringify(ses[0]!.Resource)).toContain(identityId);
    expect(JSON.stringify(ses[0]!.Resource)).not.toContain('*');
    const cognito = statements.filter((s) => actions(s).some((a) => a.startsWith('cognito-idp:')));
    expect(cognito.map(actions)).toEqual([['cognito-idp:ListUsersInGroup']]);
    expect(cognito[0]!.Resource).toEqual({ 'Fn::GetAtt': [poolId, 'Arn'] });
    const writes = statements.filter((s) => actions(s).includes('s3:PutObject'));
    expect(writes).toHaveLength(1);
    expect(JSON.stringify(writes[0]!.Resource)).toMatch(/\/control\/\*\/reminders\/\*"/);
    expect(statements.flatMap(actions).some((a) => /Delete|^s3:\*|^ses:\*/.test(a))).toBe(false);
  });

  it('gives the portal and the ingest the same sending right, nothing wider', () => {
    for (const fn of ['Portal', 'Ingest']) {
      const ses = statementsOf(template, fn).filter((s) => actions(s).some((a) => a.startsWith('ses:')));
      expect(ses.map(actions), fn).toEqual([['ses:SendEmail']]);
      expect(JSON.stringify(ses[0]!.Resource), fn).toContain(identityId);
    }
  });

  it('takes an address as the identity and mailFrom as the sender', () => {
    const t = synth({
      mailIdentity: 'reports@example.org',
      mailFrom: 'Alliance <reports@example.org>',
    }).template;
    t.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'reports@example.org' });
    t.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ SES_FROM: 'Alliance <reports@example.org>' }) },
    });
  });

  it('passes cdk-nag (AWS Solutions and Serverless packs)', () => {
    const { app } = synth({ mailIdentity: 'reports.example.org' });
    expect(() => app.synth()).not.toThrow();
  });

  it('has no identity and no sending right without the context', () => {
    const t = synth({}).template;
    t.resourceCountIs('AWS::SES::EmailIdentity', 0);
    expect(JSON.stringify(t.toJSON())).not.toContain('ses:');
  });
});
