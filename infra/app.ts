/**
 * The CDK app: `npx cdk synth` (no credentials needed) or `npx cdk deploy`.
 * Context: `publishSchedule` (cdk.json), optional `portalOrigins` and `portalCallbackUrls`
 * (comma separated), optional `mailIdentity` (the SES domain or address mail is sent from: it
 * turns e-mail and the daily reminders on) and `mailFrom`. The stack is environment-agnostic unless CDK_DEFAULT_ACCOUNT is set.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { AllianceStack } from './alliance-stack.js';
import { addNagChecks } from './nag.js';

export function buildApp(app: App = new App()): { app: App; stack: AllianceStack } {
  const context = (name: string): string | undefined => {
    const value = app.node.tryGetContext(name);
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const list = (name: string) =>
    context(name)
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const publishSchedule = context('publishSchedule');
  if (!publishSchedule)
    throw new Error('Context publishSchedule is missing (cdk.json: "cron(0 6 5 12 ? *)")');
  const portalOrigins = list('portalOrigins');
  const portalCallbackUrls = list('portalCallbackUrls');
  const mailIdentity = context('mailIdentity');
  const mailFrom = context('mailFrom');
  addNagChecks(app);
  const stack = new AllianceStack(app, 'AllianceReports', {
    description: 'Global Alliance against Child Sexual Abuse Online: yearly reports pipeline',
    publishSchedule,
    ...(portalOrigins ? { portalOrigins } : {}),
    ...(portalCallbackUrls ? { portalCallbackUrls } : {}),
    ...(mailIdentity ? { mail: { identity: mailIdentity, ...(mailFrom ? { from: mailFrom } : {}) } } : {}),
    ...(process.env.CDK_DEFAULT_ACCOUNT
      ? { env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION } }
      : {}),
  });
  return { app, stack };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildApp().app.synth();
}
