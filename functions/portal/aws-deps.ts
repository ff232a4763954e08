/**
 * The portal's dependencies on AWS, from the Lambda's environment: two S3 stores, presigned
 * POST uploads (one exact key, size cap, back to the portal) and GET downloads, identity
 * from the verified Cognito claims, and the publication run through Step Functions.
 */
import { randomBytes } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { maxUploadExpirySeconds, presignDownload } from '../adapters/s3-presign.js';
import { createS3Client, S3Store } from '../adapters/s3-store.js';
import { buildTemplate } from '../core/template.js';
import type { PortalDeps, PublishStarter } from './types.js';

export class ConfigurationError extends Error {
  readonly code = 'CONFIGURATION';
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigurationError(`Missing environment variable ${name}`);
  return value;
}

/**
 * Reads UPLOADS_BUCKET, DATA_BUCKET, PUBLISH_STATE_MACHINE_ARN, and optionally
 * PORTAL_CSRF_SECRET (at least 32 characters, the same in every container; without it the
 * CSRF tokens are keyed by the caller's verified token) and SIGN_OUT_URL, once, failing fast by name.
 */
export function createAwsPortalDeps(
  env: NodeJS.ProcessEnv,
  options: { client?: S3Client; publish?: PublishStarter } = {},
): PortalDeps {
  const uploadsBucket = required(env, 'UPLOADS_BUCKET');
  const dataBucket = required(env, 'DATA_BUCKET');
  const csrfSecret = env.PORTAL_CSRF_SECRET;
  if (csrfSecret !== undefined && csrfSecret.length < 32)
    throw new ConfigurationError('PORTAL_CSRF_SECRET must be at least 32 characters');
  const client = options.client ?? createS3Client();
  const identity: PortalDeps['identity'] = { kind: 'external' };
  if (csrfSecret) identity.csrfSecret = Buffer.from(csrfSecret);
  if (env.SIGN_OUT_URL) identity.signOutUrl = env.SIGN_OUT_URL;
  return {
    uploads: new S3Store({ bucket: uploadsBucket, client }),
    data: new S3Store({ bucket: dataBucket, client }),
    identity,
    upload: {
      kind: 'presigned-post',
      async createForm({ key, maxBytes, redirectUrl }) {
        // functions/adapters/s3-presign.ts has no redirect field; without one the browser
        // ends on S3's empty answer, so with no script the form is signed here.
        const { url, fields } = await createPresignedPost(client, {
          Bucket: uploadsBucket,
          Key: key,
          Conditions: [
            ['content-length-range', 1, maxBytes],
            ['eq', '$key', key],
            ['eq', '$success_action_redirect', redirectUrl],
          ],
          Fields: { success_action_redirect: redirectUrl },
          Expires: maxUploadExpirySeconds,
        });
        return { url, fields };
      },
    },
    download: {
      kind: 'presigned-get',
      createUrl: ({ bucket, key, fileName, contentType }) =>
        presignDownload(client, {
          bucket: bucket === 'uploads' ? uploadsBucket : dataBucket,
          key,
          fileName,
          contentType,
        }),
    },
    publish: options.publish ?? stepFunctionsStarter(env),
    clock: { now: () => new Date() },
    buildTemplate,
  };
}

function stepFunctionsStarter(env: NodeJS.ProcessEnv): PublishStarter {
  const stateMachineArn = required(env, 'PUBLISH_STATE_MACHINE_ARN');
  let client: SFNClient | undefined;
  return {
    async start({ year, requestedBy }) {
      client ??= new SFNClient({});
      const out = await client.send(
        new StartExecutionCommand({
          stateMachineArn,
          // One name per start: Step Functions refuses a second execution of the same name.
          name: `portal-${year}-${Date.now()}-${randomBytes(3).toString('hex')}`,
          input: JSON.stringify({ year, requestedBy, trigger: 'portal' }),
        }),
      );
      return { runId: out.executionArn?.split(':').at(-1) ?? 'started' };
    },
  };
}
