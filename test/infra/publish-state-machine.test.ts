/**
 * The publish state machine as CDK synthesises it, validated with an ASL validator and then
 * executed locally (aws-local-stepfunctions): each Task is mapped, through the function its
 * Resource names in the template, to the real handler of that function, over a folder store
 * seeded from the fictitious samples. A country step that keeps failing with a store fault is
 * retried as the definition says, then the execution fails and nothing is published.
 *
 * aws-local-stepfunctions 3.0.0 declares Node 22; on Node 20 the one thing it lacks is
 * Promise.withResolvers (ES2024), added below for this test only.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FolderStore } from '../../functions/adapters/folder-store.js';
import { createPdfPrinter } from '../../functions/adapters/pdf-printer.js';
import { createInProcessRenderer } from '../../functions/app/publish/in-process-renderer.js';
import { StoredSubmissionSource } from '../../functions/app/submissions-store.js';
import { seedStore } from '../../functions/cli/run/seed-store.js';
import { type ObjectStore, StoreError } from '../../functions/core/ports.js';
import { publishConsolidated } from '../../functions/handlers/publish-consolidated.js';
import { publishCountry } from '../../functions/handlers/publish-country.js';
import { publishManifest } from '../../functions/handlers/publish-manifest.js';
import { publishOpenData } from '../../functions/handlers/publish-open-data.js';
import { planPublishRun } from '../../functions/handlers/publish-plan.js';
import { type PublishDeps, withRenderer } from '../../functions/handlers/publish-shared.js';
import { buildApp } from '../../infra/app.js';

if (!('withResolvers' in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((a, b) => {
        resolve = a;
        reject = b;
      });
      return { promise, resolve, reject };
    },
  });
}
const { StateMachine, ExecutionError } = await import('aws-local-stepfunctions');
type AslError = { Error?: string; message?: string };
const validateAsl = createRequire(import.meta.url)('asl-validator') as (definition: unknown) => {
  isValid: boolean;
  errors: Array<{ message: string }>;
};

type Json = Record<string, unknown>;
type Resources = Record<string, { Type: string; Properties: Json }>;

/** The definition with each `Fn::GetAtt [<function>, Arn]` turned into that function's ARN. */
function definitionOf(template: Json): { definition: Json; handlerOfArn: Map<string, string> } {
  const resources = template.Resources as Resources;
  const machines = Object.values(resources).filter((r) => r.Type === 'AWS::StepFunctions::StateMachine');
  expect(machines).toHaveLength(1);
  const parts = (machines[0]!.Properties.DefinitionString as { 'Fn::Join': [string, unknown[]] })[
    'Fn::Join'
  ][1];
  const handlerOfArn = new Map<string, string>();
  const text = parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const [logicalId, attribute] = (part as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'];
      expect(attribute).toBe('Arn');
      const fn = resources[logicalId]!;
      expect(fn.Type).toBe('AWS::Lambda::Function');
      const env = (fn.Properties.Environment as { Variables: Record<string, string> }).Variables;
      const arn = `arn:aws:lambda:eu-west-1:123456789012:function:${logicalId}`;
      // The handler a function runs is the one it is named after (HandlerFunction sets both).
      handlerOfArn.set(arn, env.POWERTOOLS_SERVICE_NAME!);
      return arn;
    })
    .join('');
  return { definition: JSON.parse(text) as Json, handlerOfArn };
}

/** Every Task state, wherever it is (the Map's item processor included), by name. */
function taskStates(states: Json, into = new Map<string, Json>()): Map<string, Json> {
  for (const [name, state] of Object.entries(states) as Array<[string, Json]>) {
    if (state.Type === 'Task') into.set(name, state);
    const inner = (state.ItemProcessor as { States?: Json } | undefined)?.States;
    if (inner) taskStates(inner, into);
  }
  return into;
}

const samples = fileURLToPath(new URL('../../samples', import.meta.url));
const clock = { now: () => new Date('2015-12-05T06:00:00Z') };
const renderer = createInProcessRenderer(createPdfPrinter());

describe('the publish state machine, executed locally', () => {
  let definition: Json;
  let handlerOfArn: Map<string, string>;
  let seeded: string;
  const dirs: string[] = [];

  beforeAll(async () => {
    const app = new App({
      context: { 'aws:cdk:bundling-stacks': [], publishSchedule: 'cron(0 6 5 12 ? *)' },
    });
    ({ definition, handlerOfArn } = definitionOf(Template.fromStack(buildApp(app).stack).toJSON() as Json));

    // Three fictitious uploads: France 2013 and 2014 (progress needs the year before), Germany 2014.
    const input = await mkdtemp(join(tmpdir(), 'sfn-input-'));
    seeded = await mkdtemp(join(tmpdir(), 'sfn-store-'));
    dirs.push(input, seeded);
    await cp(join(samples, 'FICTITIOUS-SAMPLE-DATA'), join(input, 'FICTITIOUS-SAMPLE-DATA'));
    for (const part of ['2013/FR', '2014/FR', '2014/DE'])
      await cp(join(samples, part), join(input, part), { recursive: true });
    const seed = await seedStore(input, seeded, { renderer, draftYears: [] });
    expect(seed).toMatchObject({ uploads: 3, accepted: 3 });
  });
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  /** A copy of the seeded store, and the state machine's Tasks mapped to the real handlers over it. */
  async function run(wrap: (store: ObjectStore) => ObjectStore = (s) => s) {
    const dir = await mkdtemp(join(tmpdir(), 'sfn-run-'));
    dirs.push(dir);
    await cp(seeded, dir, { recursive: true });
    const data = wrap(new FolderStore(join(dir, 'data')));
    const deps: PublishDeps = { data, source: new StoredSubmissionSource(data) };
    const rendering = withRenderer(deps, () => renderer);
    const handlers: Record<string, (input: unknown) => Promise<unknown>> = {
      'publish-plan': (input) => planPublishRun(input, deps, clock),
      'publish-country': (input) => publishCountry(input, rendering),
      'publish-consolidated': (input) => publishConsolidated(input, rendering),
      'publish-open-data': (input) => publishOpenData(input, deps),
      'publish-manifest': (input) => publishManifest(input, deps),
    };
    const calls: Array<{ state: string; input: unknown }> = [];
    const local: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const [state, task] of taskStates(definition.States as Json)) {
      const handler = handlers[handlerOfArn.get(task.Resource as string)!];
      expect(handler, `${state} runs no known handler`).toBeDefined();
      local[state] = async (input: unknown) => {
        calls.push({ state, input });
        return handler!(input);
      };
    }
    const machine = new StateMachine(definition as never, { validationOptions: { checkArn: true } });
    const execution = machine.run({ year: 2014 } as never, {
      overrides: {
        taskResourceLocalHandlers: local as never,
        // The definition waits 5 s, then 10 s, before a retry: no need to here.
        retryIntervalOverrides: Object.fromEntries(
          [...taskStates(definition.States as Json).keys()].map((s) => [s, 0]),
        ),
      },
    });
    return { execution, calls, store: new FolderStore(join(dir, 'data')) };
  }

  it('is a valid Amazon States Language definition (asl-validator)', () => {
    const result = validateAsl(definition);
    expect(result.errors).toEqual([]);
    expect(result.isValid).toBe(true);
    // And the validator does catch a broken one: a Next to a state that does not exist.
    const broken = structuredClone(definition) as { States: Record<string, Json> };
    broken.States.Plan!.Next = 'NoSuchState';
    expect(validateAsl(broken).isValid).toBe(false);
  });

  it('plans, renders each country in the Map, then the consolidated report, the open data and the manifest', async () => {
    const { execution, calls, store } = await run();
    const output = (await execution.result) as Json;

    expect(calls.map((c) => c.state)).toEqual([
      'Plan',
      'RenderCountry',
      'RenderCountry',
      'RenderConsolidated',
      'WriteOpenData',
      'WriteManifest',
    ]);
    // The Map hands each country its item, with the plan.
    expect(
      calls
        .filter((c) => c.state === 'RenderCountry')
        .map((c) => (c.input as Json).country)
        .sort(),
    ).toEqual(['DE', 'FR']);
    expect(output.plan).toMatchObject({
      year: 2014,
      edition: 1,
      uploaded: ['DE', 'FR'],
      reporting: ['DE', 'FR'],
    });
    expect(output.countryFiles).toEqual(
      expect.arrayContaining([
        { country: 'FR', files: ['validation/FR.json', 'FR.pdf', 'FR.html'] },
        { country: 'DE', files: ['validation/DE.json', 'DE.pdf', 'DE.html'] },
      ]),
    );
    expect(output.consolidatedFiles).toEqual({ files: ['consolidated.pdf', 'consolidated.html'] });
    expect(output.openDataFiles).toEqual({ files: ['data.csv', 'data.json'] });
    expect(output.manifest).toMatchObject({
      year: 2014,
      edition: 1,
      manifest: 'published/2014/edition-1/manifest.json',
    });

    const manifest = JSON.parse(
      new TextDecoder().decode(await store.get('published/2014/edition-1/manifest.json')),
    ) as { files: Array<{ name: string }> };
    expect(manifest.files.map((f) => f.name)).toEqual(
      expect.arrayContaining(['FR.pdf', 'DE.html', 'consolidated.pdf', 'data.csv', 'validation/DE.json']),
    );
  });

  it('retries a country step that hits a store fault, then fails the execution with nothing published', async () => {
    const failing = (store: ObjectStore): ObjectStore => ({
      get: (key) => store.get(key),
      head: (key) => store.head(key),
      list: (prefix) => store.list(prefix),
      put: async (key, bytes, options) => {
        if (key.endsWith('/DE.pdf')) throw new StoreError('PUT_FAILED', `Could not write ${key}`);
        return store.put(key, bytes, options);
      },
    });
    const { execution, calls, store } = await run(failing);
    let failure: unknown;
    try {
      await execution.result;
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(ExecutionError);
    expect(
      ((failure as { cause?: AslError }).cause as AslError | undefined)?.message ?? String(failure),
    ).toContain('Could not write published/2014/edition-1/DE.pdf');
    // Once, then the three retries of the definition (StoreError, MaxAttempts 3).
    const germany = calls.filter((c) => c.state === 'RenderCountry' && (c.input as Json).country === 'DE');
    expect(germany).toHaveLength(4);
    // The run stopped at the Map: no consolidated report, no open data, no manifest.
    expect(calls.map((c) => c.state)).not.toContain('RenderConsolidated');
    expect(calls.map((c) => c.state)).not.toContain('WriteManifest');
    const written = (await store.list('published/2014/')).map((o) => o.key);
    expect(written.some((k) => k.endsWith('/manifest.json'))).toBe(false);
    expect(written.some((k) => k.endsWith('/consolidated.pdf'))).toBe(false);
  });
});
