/**
 * A real S3-compatible server on a free loopback port, for the contract and integration
 * tests. It runs in a child process started with --openssl-legacy-provider, so the tests
 * work the same under `npm test` and when run directly with `npx vitest run`.
 */

import { fork } from 'node:child_process';
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { S3Client } from '@aws-sdk/client-s3';
import { createS3Client } from '../../functions/adapters/s3-store.js';

/** The JSON s3rver emits for an object event (one record, key not URL-encoded). */
export interface S3rverEvent {
  Records: Array<{
    eventName: string;
    eventTime: string;
    s3: {
      bucket: { name: string };
      object: { key: string; size?: number; eTag?: string; sequencer: string; versionId?: string };
    };
  }>;
}

export interface S3rverHandle {
  endpoint: string;
  client: S3Client;
  events: S3rverEvent[];
  /** Resolves with the next `count` events not yet taken (of one bucket, when given). */
  takeEvents(count: number, bucket?: string): Promise<S3rverEvent[]>;
  /**
   * Sets when an object was last modified (its LastModified), as if it had reached the bucket
   * then: s3rver answers with its object file's modification time.
   */
  setModified(bucket: string, key: string, when: Date): Promise<void>;
  close(): Promise<void>;
}

const childPath = fileURLToPath(new URL('./s3rver-child.mjs', import.meta.url));

export async function startS3rver(buckets: string[]): Promise<S3rverHandle> {
  const directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const child = fork(childPath, [directory, ...buckets], {
    execArgv: ['--openssl-legacy-provider'],
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const events: S3rverEvent[] = [];
  const pending: S3rverEvent[] = [];
  let waiter: (() => void) | undefined;
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('s3rver did not start within 20 s')), 20_000);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`s3rver exited early with code ${code}`)));
    child.on('message', (message: { type: string; port?: number; event?: S3rverEvent }) => {
      if (message.type === 'ready' && message.port) {
        clearTimeout(timer);
        resolve(message.port);
      } else if (message.type === 'event' && message.event) {
        events.push(message.event);
        pending.push(message.event);
        waiter?.();
      }
    });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = createS3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    maxAttempts: 1,
    // No retries (faults must show), so no kept-alive sockets either: after a pause longer than
    // the server's keep-alive timeout (a synth on a loaded machine), a reused socket is reset
    // and the request would fail for a reason that is not the one a test is about.
    requestHandler: { httpAgent: new Agent({ keepAlive: false }) },
  });
  return {
    endpoint,
    client,
    events,
    async takeEvents(count, bucket) {
      const deadline = Date.now() + 10_000;
      const matches = (e: S3rverEvent) => !bucket || e.Records[0]?.s3.bucket.name === bucket;
      while (pending.filter(matches).length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} more s3rver events`);
        await new Promise<void>((resolve) => {
          waiter = resolve;
          setTimeout(resolve, 200);
        });
      }
      const out = pending.filter(matches).slice(0, count);
      for (const e of out) pending.splice(pending.indexOf(e), 1);
      return out;
    },
    async setModified(bucket, key, when) {
      const parts = key.split('/');
      const file = join(directory, bucket, ...parts.slice(0, -1), `${parts.at(-1)}._S3rver_object`);
      await utimes(file, when, when);
    },
    async close() {
      client.destroy();
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        if (child.connected) child.send({ type: 'close' });
        else child.kill();
      });
      await rm(directory, { recursive: true, force: true });
    },
  };
}
