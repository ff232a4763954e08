/**
 * The S3 rights of a function, written once: read (GetObject) and list (ListBucket, by
 * `s3:prefix`) under the data-bucket folders it reads, write (PutObject) under those it
 * writes, each object wildcard acknowledged for cdk-nag by its own id. The folders come from
 * functions/core/keys.ts (dataPrefixes), the same names the code writes under. No grant here
 * or anywhere carries s3:DeleteObject*.
 */
import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { DataPrefix } from '../../functions/core/keys.js';

export interface DataAccess {
  /** Folders read and listed. */
  read: readonly DataPrefix[];
  /** Folders written. */
  write: readonly DataPrefix[];
  /** Statement ids (the defaults: ReadData, ListData, WriteData). */
  sids?: { read?: string; list?: string; write?: string };
}

/** GetObject, ListBucket and PutObject on the data bucket, under the given folders only. */
export function grantDataAccess(fn: IFunction, data: Bucket, access: DataAccess): void {
  const objects = (prefixes: readonly DataPrefix[]) => prefixes.map((p) => data.arnForObjects(`${p}*`));
  fn.addToRolePolicy(
    new PolicyStatement({
      sid: access.sids?.read ?? 'ReadData',
      actions: ['s3:GetObject'],
      resources: objects(access.read),
    }),
  );
  fn.addToRolePolicy(
    new PolicyStatement({
      sid: access.sids?.list ?? 'ListData',
      actions: ['s3:ListBucket'],
      resources: [data.bucketArn],
      conditions: { StringLike: { 's3:prefix': access.read.map((p) => `${p}*`) } },
    }),
  );
  fn.addToRolePolicy(
    new PolicyStatement({
      sid: access.sids?.write ?? 'WriteData',
      actions: ['s3:PutObject'],
      resources: objects(access.write),
    }),
  );
  acknowledgeObjectWildcards(
    fn,
    [...new Set([...access.read, ...access.write])].map((p) => dataWildcard(data, p)),
  );
}

/** GetObject (and GetObjectVersion: the ingest reads the version the event names) on every upload. */
export function grantReadUploads(fn: IFunction, uploads: Bucket): void {
  fn.addToRolePolicy(
    new PolicyStatement({
      sid: 'ReadUploads',
      actions: ['s3:GetObject', 's3:GetObjectVersion'],
      resources: [uploads.arnForObjects('*')],
    }),
  );
  acknowledgeObjectWildcards(fn, [bucketWildcard(uploads)]);
}

/** The cdk-nag finding id of `bucket/prefix*` in a policy. */
export function dataWildcard(bucket: Bucket, prefix: DataPrefix): string {
  return `Resource::<${logicalIdOf(bucket)}.Arn>/${prefix}*`;
}

/** The cdk-nag finding id of `bucket/*` in a policy. */
export function bucketWildcard(bucket: Bucket): string {
  return `Resource::<${logicalIdOf(bucket)}.Arn>/*`;
}

function logicalIdOf(bucket: Bucket): string {
  return Stack.of(bucket).getLogicalId(bucket.node.defaultChild as CfnElement);
}

/** Each object-level wildcard (`bucket/prefix/*`) acknowledged by its own id, with the reason. */
export function acknowledgeObjectWildcards(fn: Construct, findings: string[]): void {
  // On the HandlerFunction (function, role and its policy beneath it).
  const owner = fn.node.scope ?? fn;
  for (const finding of findings) {
    Validations.of(owner).acknowledge({
      id: `AwsSolutions-IAM5[${finding}]`,
      reason:
        'Object ARNs under one key prefix: the function reads or writes objects whose names it only learns at run time (upload ids, countries, editions); the prefix is the narrowest scope.',
    });
  }
}
