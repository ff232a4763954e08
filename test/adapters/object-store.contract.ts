/**
 * What every ObjectStore must do, whatever is behind it. Run by folder-store.test.ts and
 * s3-store.test.ts; a store that passes here can replace the other anywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ObjectChangedError,
  ObjectExistsError,
  type ObjectStore,
  StoreError,
} from '../../functions/core/ports.js';

export interface ContractSubject {
  store: ObjectStore;
  close(): Promise<void>;
}

const bytesOf = (text: string) => new TextEncoder().encode(text);
const textOf = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

export function describeObjectStoreContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`ObjectStore contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: ObjectStore;
    beforeAll(async () => {
      subject = await open();
      store = subject.store;
    });
    afterAll(async () => {
      await subject?.close();
    });

    it('returns undefined for a key that was never written', async () => {
      expect(await store.get('nothing/here.json')).toBeUndefined();
      expect(await store.head('nothing/here.json')).toBeUndefined();
    });

    it('gives back exactly the bytes it was given, binary included', async () => {
      const bytes = new Uint8Array(70_000).map((_, i) => (i * 31 + 7) % 256);
      await store.put('uploads/2014/FR/abc/original.bin', bytes, { contentType: 'application/octet-stream' });
      const back = await store.get('uploads/2014/FR/abc/original.bin');
      expect(back?.byteLength).toBe(bytes.byteLength);
      expect(Buffer.from(back!).equals(Buffer.from(bytes))).toBe(true);
    });

    it('stores an empty object', async () => {
      await store.put('empty/file.txt', new Uint8Array());
      expect((await store.get('empty/file.txt'))?.byteLength).toBe(0);
      expect((await store.head('empty/file.txt'))?.size).toBe(0);
    });

    it('keeps keys with spaces, accents and plus signs as they are', async () => {
      const key = '2014/AT/Österreich Bericht + Anhang (final).xlsx';
      await store.put(key, bytesOf('ö'));
      expect(textOf(await store.get(key))).toBe('ö');
      expect((await store.list('2014/AT/')).map((o) => o.key)).toEqual([key]);
    });

    it('replaces an object whole, and its etag changes with its content', async () => {
      await store.put('current/2014/FR/indicators.json', bytesOf('{"v":1}'));
      const first = await store.head('current/2014/FR/indicators.json');
      await store.put('current/2014/FR/indicators.json', bytesOf('{"v":2,"longer":true}'));
      const second = await store.head('current/2014/FR/indicators.json');
      expect(textOf(await store.get('current/2014/FR/indicators.json'))).toBe('{"v":2,"longer":true}');
      expect(second?.size).toBe(21);
      expect(second?.etag).toBeTruthy();
      expect(second?.etag).not.toBe(first?.etag);
      expect(second?.modified).toBeInstanceOf(Date);
      expect(Math.abs(second!.modified.getTime() - Date.now())).toBeLessThan(10 * 60_000);
    });

    it('refuses to overwrite with ifNoneMatch, and keeps the first bytes', async () => {
      const key = 'published/2014/edition-1/manifest.json';
      await store.put(key, bytesOf('first'), { ifNoneMatch: true });
      const error = await store.put(key, bytesOf('second'), { ifNoneMatch: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ObjectExistsError);
      expect((error as ObjectExistsError).code).toBe('OBJECT_EXISTS');
      expect(textOf(await store.get(key))).toBe('first');
    });

    it('writes with ifMatch only over the version that was read (compare-and-swap)', async () => {
      const key = 'current/2015/FR/indicators.json';
      await store.put(key, bytesOf('{"upload":"a"}'));
      const read = await store.head(key);
      expect(read?.etag).toBeTruthy();
      await store.put(key, bytesOf('{"upload":"b"}'), { ifMatch: read!.etag });
      expect(textOf(await store.get(key))).toBe('{"upload":"b"}');
      // A second writer that read the same version now loses, and changes nothing.
      const stale = await store
        .put(key, bytesOf('{"upload":"c"}'), { ifMatch: read!.etag })
        .catch((e: unknown) => e);
      expect(stale).toBeInstanceOf(ObjectChangedError);
      expect((stale as ObjectChangedError).code).toBe('OBJECT_CHANGED');
      expect(textOf(await store.get(key))).toBe('{"upload":"b"}');
      // Nothing there any more (or never): an ifMatch write is refused too.
      await expect(
        store.put('current/2015/DE/indicators.json', bytesOf('x'), { ifMatch: read!.etag }),
      ).rejects.toBeInstanceOf(ObjectChangedError);
      expect(await store.get('current/2015/DE/indicators.json')).toBeUndefined();
    });

    it('gives the same etag to the same bytes, from head and from list', async () => {
      await store.put('etag/a.json', bytesOf('same'));
      await store.put('etag/b.json', bytesOf('same'));
      const listed = await store.list('etag/');
      expect(listed.map((o) => o.etag)).toEqual([
        (await store.head('etag/a.json'))!.etag,
        (await store.head('etag/b.json'))!.etag,
      ]);
      expect(listed[0]!.etag).toBe(listed[1]!.etag);
    });

    it('lists every object under a prefix in key order, and nothing beside it', async () => {
      const keys = Array.from({ length: 23 }, (_, i) => `list/2014/${String(i).padStart(2, '0')}.json`);
      for (const key of [...keys].reverse()) await store.put(key, bytesOf(key));
      await store.put('list/2015/00.json', bytesOf('x'));
      await store.put('list/20140.json', bytesOf('x'));
      const listed = await store.list('list/2014/');
      expect(listed.map((o) => o.key)).toEqual(keys);
      expect(listed[0]?.size).toBe(keys[0]!.length);
      expect(await store.list('list/2099/')).toEqual([]);
      expect((await store.list('list/')).length).toBe(25);
    });

    it('treats a key that would escape its place as a fault, not as data', async () => {
      await expect(store.get('../outside.json')).rejects.toBeInstanceOf(StoreError);
      await expect(store.put('/absolute.json', bytesOf('x'))).rejects.toBeInstanceOf(StoreError);
    });
  });
}
