/**
 * A part of the stack (storage, ingest, drafts, publish, reconcile, portal, alarms): a
 * construct that groups what belongs together but leaves no trace in CloudFormation logical
 * ids. AllianceStack allocates each resource's logical id as CDK does (the path below the
 * stack, hashed) with the parts left out of the path, so that splitting the stack into parts
 * renamed nothing: a deployed stack keeps its buckets, user pool, queues and log groups
 * instead of replacing them (test/infra/alliance-stack.test.ts checks a few ids).
 */
import { createHash } from 'node:crypto';
import { Construct } from 'constructs';

export class StackPart extends Construct {}

/**
 * CDK's own logical id for a path (aws-cdk-lib core/lib/private/uniqueid.ts, not exported):
 * the human-readable path without `Default` and `Resource`, then 8 hex digits of its MD5.
 */
export function makeUniqueId(components: string[]): string {
  const parts = components.filter((c) => c !== 'Default');
  if (parts.length === 0) throw new Error('Unable to calculate a unique id for an empty set of components');
  const alnum = (s: string) => s.replace(/[^A-Za-z0-9]/g, '');
  if (parts.length === 1) {
    const candidate = alnum(parts[0]!);
    if (candidate.length <= 255) return candidate;
  }
  const hash = createHash('md5').update(parts.join('/')).digest('hex').slice(0, 8).toUpperCase();
  const deduped: string[] = [];
  for (const c of parts) if (deduped.length === 0 || !deduped.at(-1)!.endsWith(c)) deduped.push(c);
  const human = deduped
    .filter((c) => c !== 'Resource')
    .map(alnum)
    .join('')
    .slice(0, 240);
  return human + hash;
}
