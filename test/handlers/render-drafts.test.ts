import { describe, expect, it } from 'vitest';
import type { Log } from '../../functions/adapters/log.js';
import type { ObjectStore } from '../../functions/core/ports.js';
import { handleRenderDraftsBatch, parseCurrentKey } from '../../functions/handlers/render-drafts.js';
import { s3TestEventBody, sqsBatch, sqsRecord } from '../integration/s3-events.js';

/** An empty data store that counts its reads and refuses every write. */
function emptyStore() {
  const reads: string[] = [];
  const store: ObjectStore = {
    get: async (key) => {
      reads.push(key);
      return undefined;
    },
    put: () => Promise.reject(new Error('must not write')),
    head: async () => undefined,
    list: async () => [],
  };
  return { store, reads };
}

const event = (...keys: string[]) =>
  JSON.stringify({
    Records: keys.map((key) => ({
      eventName: 'ObjectCreated:Put',
      s3: { bucket: { name: 'data' }, object: { key } },
    })),
  });

describe('the render-drafts handler’s reading of its events', () => {
  it('knows the current/ pointer keys and nothing else', () => {
    expect(parseCurrentKey('current/2014/FR/indicators.json')).toEqual({ year: 2014, country: 'FR' });
    expect(parseCurrentKey('current/2014/FR/actions.json')).toEqual({ year: 2014, country: 'FR' });
    expect(parseCurrentKey('drafts/2014/FR.json')).toBeUndefined();
    expect(parseCurrentKey('current/2014/FR/notes.txt')).toBeUndefined();
    expect(parseCurrentKey('current/14/FR/actions.json')).toBeUndefined();
  });

  it('looks at each country and each year once per batch, however many events name them', async () => {
    const { store, reads } = emptyStore();
    const said: string[] = [];
    const log: Log = { info: (message) => said.push(message), error: (message) => said.push(message) };
    const batch = sqsBatch(
      sqsRecord(event('current/2014/FR/indicators.json')),
      sqsRecord(event('current/2014/FR/actions.json', 'current/2014/DE/actions.json')),
      sqsRecord(event('current/2013/FR/actions.json')),
    );
    const deps = { data: store, renderer: () => Promise.reject(new Error('nothing to render')) };
    expect(await handleRenderDraftsBatch(batch, deps, log)).toEqual({ batchItemFailures: [] });
    expect(said.filter((m) => m === 'Country draft')).toHaveLength(3);
    expect(said.filter((m) => m === 'Consolidated draft and draft open data')).toHaveLength(2);
    expect(reads.filter((k) => k === 'current/2014/FR/indicators.json')).toHaveLength(1);
  });

  it('passes over the S3 test event and foreign keys, and fails only a message it cannot read', async () => {
    const { store } = emptyStore();
    const broken = sqsRecord('{not json', 'broken-1');
    const batch = sqsBatch(
      sqsRecord(s3TestEventBody),
      sqsRecord(event('uploads/2014/FR/x/validation.json')),
      broken,
    );
    const deps = { data: store, renderer: () => Promise.reject(new Error('nothing to render')) };
    const quiet: Log = { info() {}, error() {} };
    expect(await handleRenderDraftsBatch(batch, deps, quiet)).toEqual({
      batchItemFailures: [{ itemIdentifier: 'broken-1' }],
    });
  });
});
