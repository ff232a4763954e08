/**
 * Review and thread records on a real S3-compatible server (s3rver on loopback, through the
 * AWS SDK): written once under their numbered keys, read back parsed, a taken number never
 * overwritten. (Two writers racing for one number is closed by S3's If-None-Match, which
 * s3rver ignores; the folder store's test shows the race.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { S3Store } from '../../../functions/adapters/s3-store.js';
import { appendNumbered } from '../../../functions/app/cycle/append.js';
import { readReview, readThread } from '../../../functions/app/cycle/read.js';
import { setReview } from '../../../functions/app/cycle/review.js';
import { postMessage } from '../../../functions/app/cycle/thread.js';
import { cycleKeys } from '../../../functions/core/cycle/records.js';
import { ObjectExistsError } from '../../../functions/core/ports.js';
import { type S3rverHandle, startS3rver } from '../../adapters/s3rver.js';
import { FixedDirectory, RecordingMailer } from '../../helpers/recording-mail.js';

let server: S3rverHandle;
let data: S3Store;

beforeAll(async () => {
  server = await startS3rver(['cycle-data']);
  data = new S3Store({ bucket: 'cycle-data', client: server.client, prefix: 'data/' });
}, 30_000);

afterAll(async () => {
  await server?.close();
});

it('keeps a correction round as numbered records in the bucket', async () => {
  const mailer = new RecordingMailer();
  const at = new Date('2015-03-02T09:30:00Z');
  await setReview(
    data,
    {
      countryCode: 'DE',
      year: 2014,
      state: 'correction-requested',
      message: 'T2 fehlt.',
      actor: 'staff@example.org',
      at,
    },
    { mailer, directory: new FixedDirectory() },
  );
  await postMessage(
    data,
    { countryCode: 'DE', year: 2014, from: 'country', actor: 'de@example.org', text: 'Wird korrigiert.', at },
    { mailer, directory: new FixedDirectory() },
  );
  expect((await data.list('control/2014/DE/')).map((o) => o.key)).toEqual([
    'control/2014/DE/messages/000001.json',
    'control/2014/DE/messages/000002.json',
    'control/2014/DE/review/000001.json',
  ]);
  expect((await readReview(data, 2014, 'DE'))?.message).toBe('T2 fehlt.');
  expect((await readThread(data, 2014, 'DE')).map((m) => [m.from, m.text])).toEqual([
    ['staff', 'T2 fehlt.'],
    ['country', 'Wird korrigiert.'],
  ]);
  expect(mailer.sent.map((m) => m.to[0])).toEqual([
    'anna@bmi.example.de',
    'alliance-team@commission.example.eu',
  ]);

  // A number already taken is never written again.
  const again = await data
    .put(cycleKeys.message(2014, 'DE', 1), new TextEncoder().encode('{}'), { ifNoneMatch: true })
    .catch((e: unknown) => e);
  expect(again).toBeInstanceOf(ObjectExistsError);
  const next = await appendNumbered(
    data,
    cycleKeys.messagesPrefix(2014, 'DE'),
    (seq) => cycleKeys.message(2014, 'DE', seq),
    (seq) => ({ seq }),
  );
  expect(next).toEqual({ seq: 3 });
}, 30_000);
