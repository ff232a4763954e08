/** The one test that really bundles a handler, with the local esbuild, as `cdk synth` does. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { HandlerFunction } from '../../infra/constructs/handler-function.js';

describe('bundling a handler for Lambda', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk-bundle-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('makes one CommonJS file that loads in plain node, with the fonts beside it as files', () => {
    const app = new App({ outdir });
    const stack = new Stack(app, 'BundleCheck');
    new HandlerFunction(stack, 'PublishCountry', {
      name: 'publish-country',
      description: 'bundling check',
      environment: { DATA_BUCKET: 'data' },
    });
    const assembly = app.synth();
    const template = Template.fromJSON(assembly.getStackArtifact('BundleCheck').template);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Handler: 'index.handler',
    });
    const assets = readdirSync(outdir).filter((d) => d.startsWith('asset.'));
    expect(assets).toHaveLength(1);
    const dir = join(outdir, assets[0]!);

    const files = readdirSync(dir);
    expect(files).toContain('index.js');
    expect(files.filter((f) => f.endsWith('.mjs'))).toEqual([]);
    expect(readdirSync(join(dir, 'fonts')).sort()).toEqual(
      expect.arrayContaining(['DejaVuSans.ttf', 'Roboto-Medium.ttf', 'Roboto-Regular.ttf']),
    );
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
    // The stack's esbuild settings reached CDK's bundler: minified, left-out packages replaced
    // (this handler was 2348 KB before), no legal comments.
    expect(statSync(join(dir, 'index.js')).size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    expect(readFileSync(join(dir, 'index.js'), 'utf8')).not.toMatch(/@license|@preserve/);

    // Loads as Lambda's Node runtime would: require() of index.js, a `handler` function.
    const kind = execFileSync(
      process.execPath,
      ['-e', 'process.stdout.write(typeof require(process.argv[1]).handler)', join(dir, 'index.js')],
      { env: { PATH: process.env.PATH, DATA_BUCKET: 'data', AWS_REGION: 'eu-west-1' }, encoding: 'utf8' },
    );
    expect(kind).toBe('function');
  });
});
