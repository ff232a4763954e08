/**
 * The portal's dependencies on AWS, from the Lambda's environment: two S3 stores, presigned
 * POST uploads and GET downloads, Cognito identity from the verified claims.
 */

import { GetObjectCommand } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { createS3Client, S3Store } from '../adapters/s3-store.js';
import { defaultLimits } from '../core/limits.js';
import type { PortalDeps } from './types.js';

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

/** Reads UPLOADS_BUCKET, DATA_BUCKET (and PUBLISH_STATE_MACHINE_ARN) once, failing fast by name. */
export function createAwsPortalDeps(env: NodeJS.ProcessEnv): PortalDeps {
  const uploadsBucket = required(env, 'UPLOADS_BUCKET');
  const dataBucket = required(env, 'DATA_BUCKET');
  const stateMachineArn = env.PUBLISH_STATE_MACHINE_ARN;
  const client = createS3Client();
  return {
    uploads: new S3Store({ bucket: uploadsBucket, client }),
    data: new S3Store({ bucket: dataBucket, client }),
    identity: { kind: 'external', identify: async (req) => req.verifiedIdentity ?? undefined },
    upload: {
      kind: 'presigned-post',
      async createForm({ key, maxBytes }) {
        const { url, fields } = await createPresignedPost(client, {
          Bucket: uploadsBucket,
          Key: key,
          Conditions: [['content-length-range', 1, maxBytes]],
          Expires: 900,
        });
        return { url, fields };
      },
    },
    download: {
      kind: 'presigned-get',
      async createUrl({ bucket, key, fileName, contentType }) {
        return getSignedUrl(
          client,
          new GetObjectCommand({
            Bucket: bucket === 'uploads' ? uploadsBucket : dataBucket,
            Key: key,
            ResponseContentDisposition: `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
            ResponseContentType: contentType,
          }),
          { expiresIn: 300 },
        );
      },
    },
    publish: {
      async start() {
        if (!stateMachineArn)
          throw new ConfigurationError('Missing environment variable PUBLISH_STATE_MACHINE_ARN');
        throw new ConfigurationError('Starting the publication run on AWS is not wired yet');
      },
    },
    clock: { now: () => new Date() },
  };
}

export const uploadMaxBytes = defaultLimits.maxFileBytes;
