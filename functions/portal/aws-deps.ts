/**
 * The portal's dependencies on AWS, from the Lambda's environment: two S3 stores, presigned
 * POST uploads (under `<year>/<CC>/<batch>-`, size cap, back to the portal) and GET downloads,
 * sign-in through the Cognito managed login (cognito-auth.ts), and the publication run
 * through Step Functions. Built once per container.
 */
import { randomBytes } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { FetchError } from 'aws-jwt-verify/error';
import type { JwksCache } from 'aws-jwt-verify/jwk';
import { ConfigurationError, requireEnv } from '../adapters/env.js';
import { CognitoDirectory } from '../adapters/mail/cognito-directory.js';
import { sesMailerFromEnv } from '../adapters/mail/ses.js';
import { createBrowserUploadPresigner, presignDownload } from '../adapters/s3-presign.js';
import { createS3Client, S3Store } from '../adapters/s3-store.js';
import { traced } from '../adapters/tracing.js';
import type { ContactDirectory, Mailer } from '../app/mail/ports.js';
import type { Clock } from '../core/ports.js';
import { buildTemplate } from '../core/template.js';
import { CognitoAuth, type IdTokenVerifier } from './cognito-auth.js';
import type { PortalDeps, PublishStarter } from './types.js';

export { ConfigurationError };

/** Every variable the portal Lambda needs; the stack sets them all. */
export const portalEnvNames = [
  'UPLOADS_BUCKET',
  'DATA_BUCKET',
  'PUBLISH_STATE_MACHINE_ARN',
  'COGNITO_USER_POOL_ID',
  'COGNITO_CLIENT_ID',
  'COGNITO_DOMAIN_URL',
  'PORTAL_URL',
  'PORTAL_SESSION_SECRET_ARN',
] as const;

export interface AwsPortalOptions {
  client?: S3Client;
  publish?: PublishStarter;
  /** The session secret itself (tests); by default read from Secrets Manager on first use. */
  sessionSecret?: () => Promise<Uint8Array>;
  /** The JWKS cache of the ID token verifier (tests point it at a local JWKS). */
  jwksCache?: JwksCache;
  /** Calls the Cognito token endpoint (tests point it at a local fake). */
  fetch?: typeof fetch;
  clock?: Clock;
  /** Tests hand in their own; by default SES when SES_FROM is set (the stack sets it with a mail identity). */
  mailer?: Mailer;
  directory?: ContactDirectory;
}

/**
 * Reads the variables in `portalEnvNames` once, failing fast with the names of the missing
 * ones. PORTAL_URL is the portal's origin (`https://portal.example.org`): the callback is
 * `<PORTAL_URL>/auth/callback`, the sign-out landing `<PORTAL_URL>/signed-out`.
 */
export function createAwsPortalDeps(env: NodeJS.ProcessEnv, options: AwsPortalOptions = {}): PortalDeps {
  const e = requireEnv(portalEnvNames, env);
  const portalUrl = e.PORTAL_URL.replace(/\/+$/, '');
  if (!/^https:\/\/[^/]+$/.test(portalUrl) && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(portalUrl))
    throw new ConfigurationError('PORTAL_URL must be an https origin such as https://portal.example.org');
  const client = options.client ?? createS3Client();
  const clock = options.clock ?? { now: () => new Date() };

  const cognito = CognitoJwtVerifier.create(
    { userPoolId: e.COGNITO_USER_POOL_ID, clientId: e.COGNITO_CLIENT_ID, tokenUse: 'id' },
    options.jwksCache ? { jwksCache: options.jwksCache } : undefined,
  );
  const verifier: IdTokenVerifier = {
    verify: async (token) => (await cognito.verify(token)) as Record<string, unknown>,
  };
  const auth = new CognitoAuth({
    domainUrl: e.COGNITO_DOMAIN_URL,
    clientId: e.COGNITO_CLIENT_ID,
    callbackUrl: `${portalUrl}/auth/callback`,
    signedOutUrl: `${portalUrl}/signed-out`,
    secret: options.sessionSecret ?? secretsManagerSecret(e.PORTAL_SESSION_SECRET_ARN),
    verifier,
    clock,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    // The JWKS could not be fetched: a fault (500, retried by the person), not a bad token.
    isServiceFault: (error) => error instanceof FetchError,
  });

  const uploadsBucket = e.UPLOADS_BUCKET;
  const dataBucket = e.DATA_BUCKET;
  const presigner = createBrowserUploadPresigner({ client, bucket: uploadsBucket });
  // Mail is on when the stack has a mail identity (SES_FROM); the contacts are the Cognito groups.
  const mailer = options.mailer ?? (env.SES_FROM?.trim() ? sesMailerFromEnv(env) : undefined);
  const directory = options.directory ?? new CognitoDirectory(e.COGNITO_USER_POOL_ID);
  return {
    ...(mailer ? { mailer } : {}),
    directory,
    uploads: new S3Store({ bucket: uploadsBucket, client }),
    data: new S3Store({ bucket: dataBucket, client }),
    identity: { kind: 'cognito', auth },
    upload: {
      kind: 'presigned-post',
      async createForm({ year, country, batch, maxBytes, redirectUrl }) {
        const form = await presigner.presignBrowserUpload({ year, country, batch, redirectUrl });
        if (form.maxBytes !== maxBytes) throw new ConfigurationError('Upload size limits disagree');
        return { url: form.url, fields: form.fields };
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
    publish: options.publish ?? stepFunctionsStarter(e.PUBLISH_STATE_MACHINE_ARN),
    clock,
    buildTemplate,
    publicUrl: portalUrl,
  };
}

/** The stack's generated secret, fetched on first use and kept for the container's life. */
function secretsManagerSecret(secretId: string): () => Promise<Uint8Array> {
  let client: SecretsManagerClient | undefined;
  return async () => {
    client ??= traced(new SecretsManagerClient({}));
    const out = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
    if (!out.SecretString) throw new ConfigurationError(`The secret ${secretId} has no string value`);
    return Buffer.from(out.SecretString, 'utf8');
  };
}

function stepFunctionsStarter(stateMachineArn: string): PublishStarter {
  let client: SFNClient | undefined;
  return {
    async start({ year, requestedBy }) {
      client ??= traced(new SFNClient({}));
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
