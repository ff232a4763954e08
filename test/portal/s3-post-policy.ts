/**
 * What S3 checks on a browser POST upload, for the tests: s3rver (3.7.1) neither checks the
 * policy nor puts the file's name in place of `${filename}`, so the tests decode the signed
 * policy and apply S3's documented rules here (exact match, starts-with, content-length-range,
 * and every posted field covered by a condition).
 */

export interface PostPolicy {
  expiration: string;
  conditions: unknown[];
}

export function decodePolicy(fields: Record<string, string>): PostPolicy {
  return JSON.parse(
    Buffer.from(fields.Policy ?? fields.policy ?? '', 'base64').toString('utf8'),
  ) as PostPolicy;
}

/** The key S3 stores: `${filename}` replaced by the name of the file the browser sends. */
export function keyAsS3Makes(keyField: string, browserFileName: string): string {
  return keyField.replace(`\${filename}`, browserFileName);
}

/** Fields S3 does not require a condition for. */
const exempt = new Set(['policy', 'x-amz-signature', 'file', 'bucket']);

/** Whether S3 would accept a POST of `fields` (key already substituted) and a file of `size` bytes. */
export function policyAllows(policy: PostPolicy, fields: Record<string, string>, size: number): boolean {
  const covered = new Set<string>();
  const value = (name: string) =>
    Object.entries(fields).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  for (const condition of policy.conditions) {
    if (Array.isArray(condition)) {
      const [op, a, b] = condition as [string, unknown, unknown];
      if (op === 'content-length-range') {
        if (size < Number(a) || size > Number(b)) return false;
        continue;
      }
      const name = String(a).replace(/^\$/, '');
      covered.add(name.toLowerCase());
      const v = value(name) ?? '';
      if (op === 'eq' && v !== b) return false;
      if (op === 'starts-with' && !v.startsWith(String(b))) return false;
      continue;
    }
    for (const [name, expected] of Object.entries(condition as Record<string, string>)) {
      covered.add(name.toLowerCase());
      if (name === 'bucket') continue;
      if (value(name) !== expected) return false;
    }
  }
  return Object.keys(fields).every((k) => exempt.has(k.toLowerCase()) || covered.has(k.toLowerCase()));
}
