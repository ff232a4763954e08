/**
 * Every Lambda handler, given an event it cannot parse, fails the same way: a
 * HandlerInputError (code HANDLER_INPUT, not retryable) naming the handler and the place that
 * does not fit, logged once as one JSON line in the one error shape, counted as a fault.
 * Through the real `handler` exports, with the environment a container has (the S3 client is
 * built but never called: the input is refused first).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type HandlerName, handlerNames } from '../../infra/bundling.js';

const env = {
  UPLOADS_BUCKET: 'uploads',
  DATA_BUCKET: 'data',
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'unused',
  AWS_SECRET_ACCESS_KEY: 'unused',
  POWERTOOLS_METRICS_NAMESPACE: 'AllianceReportsTest',
};

/** For each handler: an event of roughly the right kind that does not fit, and where it fails. */
const badEvents: Record<HandlerName, { event: unknown; where: string }> = {
  ingest: { event: { Records: 'nope' }, where: 'Records' },
  'render-drafts': { event: { Records: [{ body: '{}' }] }, where: 'Records.0.messageId' },
  portal: { event: { rawPath: '/', requestContext: {} }, where: 'requestContext.http' },
  'publish-plan': { event: { year: 'last' }, where: 'year' },
  'publish-country': { event: { plan: { year: 2014 }, country: 'France' }, where: 'plan.edition' },
  'publish-consolidated': { event: { plan: { year: 'last' } }, where: 'plan.year' },
  'publish-open-data': { event: {}, where: 'plan' },
  'publish-manifest': { event: { plan: null }, where: 'plan' },
  reconcile: { event: { year: 14, replay: 'yes' }, where: 'year' },
  remind: { event: { today: 'tomorrow' }, where: 'today' },
};

describe('a handler given input it cannot parse', () => {
  const saved: Record<string, string | undefined> = {};
  let written: string[] = [];
  beforeAll(() => {
    for (const [k, v] of Object.entries(env)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
  });
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('covers every handler the stack deploys', () => {
    expect(Object.keys(badEvents).sort()).toEqual([...handlerNames].sort());
  });

  for (const name of handlerNames) {
    it(`${name}: HandlerInputError, not retryable, logged once in the one shape`, async () => {
      const { handler } = (await import(`../../functions/handlers/${name}.ts`)) as {
        handler: (event: unknown) => Promise<unknown>;
      };
      written = [];
      const capture = (chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      };
      const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
      const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
      let thrown: unknown;
      try {
        await handler(badEvents[name].event);
      } catch (error) {
        thrown = error;
      } finally {
        out.mockRestore();
        err.mockRestore();
      }
      expect(thrown).toMatchObject({
        name: 'HandlerInputError',
        code: 'HANDLER_INPUT',
        retryable: false,
        message: expect.stringMatching(new RegExp(`^Unexpected ${name} input: .*${badEvents[name].where}`)),
      });

      const lines = written.flatMap((w) => w.split('\n')).filter((l) => l.trim().startsWith('{'));
      const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      const errors = records.filter((r) => r.level === 'ERROR');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({
        message: 'Invocation failed',
        service: name,
        error: 'HandlerInputError',
        code: 'HANDLER_INPUT',
        retryable: false,
        detail: (thrown as Error).message,
      });
      // The fault is counted: one EMF line with the Fault metric of this service.
      const emf = records.filter((r) => r._aws !== undefined);
      expect(emf).toHaveLength(1);
      expect(emf[0]).toMatchObject({ Fault: 1, service: name });
    });
  }
});
