/**
 * The remind Lambda (EventBridge schedule, daily): mails the reminder due today to the
 * contacts of members without an accepted submission (functions/app/cycle/remind.ts), through
 * SES from the stack's identity, the contacts from the Cognito groups. Input `{ year?, today?,
 * dryRun? }`: by default last year and this year (a year's reports are due in the next; a year
 * without a period sends nothing), today by the clock. A reminder that could not be sent
 * fails the invocation after the others went out: the schedule's retry sends only what is
 * missing (each sent reminder is recorded), then the dead-letter queue.
 */
import * as z from 'zod';
import { systemClock } from '../adapters/clock.js';
import { requireEnv } from '../adapters/env.js';
import { CognitoDirectory } from '../adapters/mail/cognito-directory.js';
import { sesMailerFromEnv } from '../adapters/mail/ses.js';
import { createS3Client, S3Store } from '../adapters/s3-store.js';
import { traced } from '../adapters/tracing.js';
import { type RemindSummary, remind } from '../app/cycle/remind.js';
import type { ContactDirectory, Mailer } from '../app/mail/ports.js';
import { AllianceError } from '../core/errors.js';
import { reportingYearSchema } from '../core/limits.js';
import type { Clock, ObjectStore } from '../core/ports.js';
import { parseHandlerInput } from './input.js';
import { type HandlerTools, handlerTools, instrumented } from './instrumented.js';

const inputSchema = z.object({
  year: reportingYearSchema.optional(),
  today: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  dryRun: z.boolean().optional(),
});

export interface RemindHandlerDeps {
  data: ObjectStore;
  mailer: Mailer;
  directory: ContactDirectory;
  clock: Clock;
  portalUrl?: string;
}

/** Every variable the remind Lambda needs; the stack sets them all (SES_IDENTITY_ARN, PORTAL_URL optional). */
export const remindEnvNames = ['DATA_BUCKET', 'COGNITO_USER_POOL_ID', 'SES_FROM'] as const;

export function createRemindDeps(env: NodeJS.ProcessEnv = process.env): RemindHandlerDeps {
  const e = requireEnv(remindEnvNames, env);
  const portalUrl = env.PORTAL_URL?.trim();
  return {
    data: new S3Store({ bucket: e.DATA_BUCKET, client: traced(createS3Client()) }),
    mailer: sesMailerFromEnv(env),
    directory: new CognitoDirectory(e.COGNITO_USER_POOL_ID),
    clock: systemClock,
    ...(portalUrl ? { portalUrl } : {}),
  };
}

export interface RemindResult {
  year: number;
  today: string;
  dryRun: boolean;
  mails: number;
  /** `IT before-7`: the countries reminded and the kind. */
  reminded: string[];
}

/** Some reminders could not be sent: the invocation fails so that the retry and the alarm see it. */
export class RemindIncompleteError extends AllianceError<'REMIND_INCOMPLETE'> {
  constructor(readonly countries: string[]) {
    super('RemindIncompleteError', 'REMIND_INCOMPLETE', `Reminders not sent to ${countries.join(', ')}`, {
      retryable: true,
    });
  }
}

let deps: RemindHandlerDeps | undefined;
const tools = handlerTools('remind');

export const handler = instrumented(tools, (event) => {
  // A wrong input is refused before the clients are built (and named as such, not as a missing variable).
  parseHandlerInput('remind', inputSchema, event ?? {});
  deps ??= createRemindDeps();
  return sendReminders(event, deps, tools);
});

export async function sendReminders(
  event: unknown,
  d: RemindHandlerDeps,
  t: HandlerTools,
): Promise<{ years: RemindResult[] }> {
  const input = parseHandlerInput('remind', inputSchema, event ?? {});
  const now = d.clock.now();
  const today = input.today ?? now.toISOString().slice(0, 10);
  const thisYear = now.getUTCFullYear();
  const years = input.year ? [input.year] : [thisYear - 1, thisYear];
  const summaries: RemindSummary[] = [];
  const failed: string[] = [];
  for (const year of years) {
    const summary = await remind(d.data, {
      year,
      today,
      dryRun: input.dryRun === true,
      mailer: d.mailer,
      directory: d.directory,
      actor: 'system:remind',
      clock: d.clock,
      ...(d.portalUrl ? { portalUrl: d.portalUrl } : {}),
    });
    summaries.push(summary);
    const of = (outcome: string) =>
      summary.countries.filter((c) => c.outcome === outcome).map((c) => c.country);
    const notSent = summary.countries.flatMap((c) =>
      c.outcome === 'failed' || (c.outcome === 'sent' && c.failed.length) ? [`${year}/${c.country}`] : [],
    );
    failed.push(...notSent);
    // Countries and kinds only: the contacts' addresses stay in the records (staff only), not the logs.
    t.log.info('Reminders', {
      year,
      today,
      period: summary.period ? `${summary.period.opens}..${summary.period.closes}` : null,
      sent: of('sent'),
      wouldSend: of('would-send'),
      noContacts: of('no-contacts'),
      failed: notSent,
      mails: summary.mails,
    });
    if (!summary.dryRun) t.telemetry.count('ReminderSent', summary.mails);
  }
  if (failed.length) {
    t.telemetry.count('ReminderFailed', failed.length);
    throw new RemindIncompleteError(failed);
  }
  // No addresses in the result either: who got what is in the records.
  return {
    years: summaries.map((s) => ({
      year: s.year,
      today: s.today,
      dryRun: s.dryRun,
      mails: s.mails,
      reminded: s.countries.flatMap((c) =>
        c.outcome === 'sent' || c.outcome === 'would-send' ? [`${c.country} ${c.kind}`] : [],
      ),
    })),
  };
}
