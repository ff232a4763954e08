/**
 * `npm run demo` as a newcomer runs it: in a child process, into a temp folder. Run twice
 * (once through npm, once with a PATH that has node alone, so no LibreOffice, browser or
 * other system program can be reached): both exit 0 and write byte-identical files.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { checkDataPackage } from '../helpers/data-package-check.js';
import { expectSampleReportsShowTheMethod } from '../helpers/sample-reports.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: repo, env, timeout: 400_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

async function hashes(root: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      // The portal store holds a fresh session secret and salted password hashes: never the same twice.
      if (entry.isDirectory() && relative(root, path) === 'portal-store') continue;
      if (entry.isDirectory()) await walk(path);
      else
        result.set(
          relative(root, path),
          createHash('sha256')
            .update(await readFile(path))
            .digest('hex'),
        );
    }
  };
  await walk(root);
  return result;
}

it('npm run demo renders every sample year, exits 0, and a second run writes the same bytes', async () => {
  const first = await mkdtemp(join(tmpdir(), 'demo-a-'));
  const second = await mkdtemp(join(tmpdir(), 'demo-b-'));

  const viaNpm = await run('npm', ['run', '--silent', 'demo', '--', '--out', first], process.env);
  expect(viaNpm.stderr).toBe('');
  expect(viaNpm.code).toBe(0);
  expect(viaNpm.stdout).toContain('FICTITIOUS sample data');
  expect(viaNpm.stdout).toMatch(/rejected uploads are in the sample on purpose/);
  for (const year of ['2013', '2014', '2015'])
    expect(viaNpm.stdout).toContain(`${year}: reports in ${join(first, year)}`);

  // Only node on the PATH: the demo must not need a system package.
  const bin = await mkdtemp(join(tmpdir(), 'demo-bin-'));
  await symlink(process.execPath, join(bin, 'node'));
  const bare = await run(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--out', second], {
    PATH: bin,
    HOME: process.env.HOME ?? tmpdir(),
  });
  expect(bare.stderr).toBe('');
  expect(bare.code).toBe(0);

  const a = await hashes(first);
  const b = await hashes(second);
  expect(a.size).toBeGreaterThan(3 * 50);
  for (const year of ['2013', '2014', '2015']) {
    for (const name of ['consolidated.pdf', 'consolidated.html', 'data.csv', 'data.json', 'manifest.json'])
      expect(a.has(`${year}/${name}`)).toBe(true);
  }
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  const differing = [...a].filter(([name, hash]) => b.get(name) !== hash).map(([name]) => name);
  expect(differing).toEqual([]);

  // The open data of each year, and the all-years table at the top, validate as Data Packages.
  for (const dir of ['', '2013', '2014', '2015']) {
    if (dir) expect(a.has(`${dir}/reporting-status.csv`) && a.has(`${dir}/data.xlsx`)).toBe(true);
    expect(await checkDataPackage(join(first, dir)), dir || 'top').toEqual([]);
  }
  await expectSampleReportsShowTheMethod(first);

  // Every page of the sample's reports is marked, starting with the HTML.
  expect(await readFile(join(first, '2014/FR.html'), 'utf8')).toContain('Fictitious sample data');
  const manifest = JSON.parse(await readFile(join(first, '2014/manifest.json'), 'utf8'));
  expect(manifest.sample).toBe(true);

  // The portal's store, seeded from the same samples, with the demo accounts printed.
  expect(viaNpm.stdout).toContain(
    `serve --store ${relative(process.cwd(), join(first, 'portal-store'))} --year 2015`,
  );
  expect(viaNpm.stdout).toMatch(/fr@demo\.example\.org +national contact, FR/);
  const store = join(first, 'portal-store');
  const users = JSON.parse(await readFile(join(store, 'users.json'), 'utf8')).users;
  expect(users.map((u: { email: string }) => u.email).sort()).toEqual([
    'fr@demo.example.org',
    'staff@demo.example.org',
  ]);
  expect(await readFile(join(store, 'data/control/fictitious-sample-data'), 'utf8')).toContain('fictitious');
  expect(await readFile(join(store, 'data/drafts/2015/FR.html'), 'utf8')).toContain('Fictitious sample data');
  expect((await readdir(join(store, 'uploads/2014/PT'))).sort()).toEqual([
    '01-PT-2014.xlsx',
    '02-PT-2014-corrected.xlsx',
  ]);
}, 600_000);
