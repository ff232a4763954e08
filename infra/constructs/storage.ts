/**
 * The three private buckets: uploads (national contacts post here), data (only the pipeline
 * writes here) and the access logs of both. Versioned, encrypted, TLS only, kept when the
 * stack goes: nothing here may delete an upload.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { StackPart } from './stack-part.js';

export interface StorageProps {
  /** Origins allowed to POST uploads from a browser. Default: any. */
  portalOrigins?: string[];
}

export class Storage extends StackPart {
  readonly accessLogs: Bucket;
  readonly uploads: Bucket;
  readonly data: Bucket;
  /** What every function that touches both buckets gets: their names. */
  readonly bucketEnvironment: { UPLOADS_BUCKET: string; DATA_BUCKET: string };

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    this.accessLogs = new Bucket(this, 'AccessLogsBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ expiration: Duration.days(400), noncurrentVersionExpiration: Duration.days(30) }],
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This is the access-log bucket of the other two; logging it into itself would loop, and into another bucket would only move the question.',
    });
    this.uploads = this.privateBucket('UploadsBucket', 'uploads/', {
      // National contacts post the file straight from the portal page (presigned POST).
      cors: [
        {
          allowedMethods: [HttpMethods.POST],
          allowedOrigins: props.portalOrigins ?? ['*'],
          allowedHeaders: ['*'],
          maxAge: 3000,
        },
      ],
    });
    this.data = this.privateBucket('DataBucket', 'data/');
    this.bucketEnvironment = { UPLOADS_BUCKET: this.uploads.bucketName, DATA_BUCKET: this.data.bucketName };
  }

  private privateBucket(
    name: string,
    logPrefix: string,
    extra: Partial<ConstructorParameters<typeof Bucket>[2]> = {},
  ): Bucket {
    return new Bucket(this, name, {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: logPrefix,
      removalPolicy: RemovalPolicy.RETAIN,
      ...extra,
    });
  }
}
