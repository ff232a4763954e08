import { describe, expect, it } from 'vitest';
import { createS3Client, S3Store } from '../../functions/adapters/s3-store.js';
import { StoreError } from '../../functions/core/ports.js';
import { describeObjectStoreContract } from './object-store.contract.js';
import { startS3rver } from './s3rver.js';

// pageSize 7 makes the 25-key listing of the contract take four pages.
describeObjectStoreContract('S3Store on s3rver', async () => {
  const server = await startS3rver(['contract-data']);
  return {
    store: new S3Store({ bucket: 'contract-data', client: server.client, pageSize: 7 }),
    close: () => server.close(),
  };
});

describeObjectStoreContract('S3Store on s3rver, under a key prefix', async () => {
  const server = await startS3rver(['contract-prefixed']);
  return {
    store: new S3Store({
      bucket: 'contract-prefixed',
      client: server.client,
      prefix: 'tenant-a/',
      pageSize: 5,
    }),
    close: () => server.close(),
  };
});

describe('S3Store faults', () => {
  it('reports a missing bucket as a StoreError with the SDK error as its cause', async () => {
    const server = await startS3rver(['exists']);
    try {
      const store = new S3Store({ bucket: 'no-such-bucket', client: server.client });
      const error = await store.put('a.json', new Uint8Array([1])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('WRITE_FAILED');
      expect((error as StoreError).cause).toBeInstanceOf(Error);
      await expect(store.list('')).rejects.toMatchObject({ code: 'LIST_FAILED' });
    } finally {
      await server.close();
    }
  });

  it('reports an unreachable endpoint as a StoreError, not as a missing object', async () => {
    const client = createS3Client({
      endpoint: 'http://127.0.0.1:9',
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      maxAttempts: 1,
    });
    const store = new S3Store({ bucket: 'data', client });
    await expect(store.get('a.json')).rejects.toMatchObject({ name: 'StoreError', code: 'READ_FAILED' });
    await expect(store.head('a.json')).rejects.toMatchObject({ name: 'StoreError', code: 'READ_FAILED' });
  });
});
