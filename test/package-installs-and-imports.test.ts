/**
 * The package as npm publishes it: `npm pack`, then an offline install of the tarball into an
 * empty project (possible only because it has no runtime dependency: dist/ bundles them all), and
 * `import { run } from 'video-batch'` from there, in JavaScript and in type-checked TypeScript.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startNode, tempDir } from './helpers.js';

const npm = (args: string[], cwd: string): string => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });

let app = '';
let files: string[] = [];
beforeAll(async () => {
  const t = await tempDir();
  const packed = JSON.parse(npm(['pack', resolve('.'), '--pack-destination', t.dir, '--json'], t.dir)) as { filename: string; files: { path: string }[] }[];
  files = packed[0]!.files.map((f) => f.path);
  app = join(t.dir, 'app');
  execFileSync('mkdir', [app]);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  npm(['install', '--offline', join(t.dir, packed[0]!.filename)], app);
  return t.cleanup;
}, 120_000);

describe('the published package', () => {
  it('ships the bundles, their types, the schema and the licence, and depends on nothing', async () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'dist/cli.js', 'dist/index.js', 'dist/lib.js', 'dist/types/lib.d.ts', 'schema/manifest.schema.json']));
    const installed = JSON.parse(await readFile(join(app, 'node_modules/video-batch/package.json'), 'utf8')) as { dependencies?: object; license: string };
    expect(installed.dependencies ?? {}).toEqual({});
    expect(installed.license).toBe('MIT');
    expect(readFileSync(join(app, 'node_modules/video-batch/LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 video-batch contributors/);
    expect(existsSync(join(app, 'node_modules/video-batch/node_modules'))).toBe(false);
    // The CLI runs from the install with nothing beside it.
    const version = await startNode(join(app, 'node_modules/.bin/video-batch'), ['--version'], {}, app).done;
    expect(version.stdout).toBe(`${(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version}\n`);
  });

  it('import { run } works, starts nothing, and runs a manifest on the built-in simulator', async () => {
    await writeFile(join(app, 'm.yaml'), '- {id: fox, prompt: A fox in the snow, provider: veo, model: veo-3.1-fast-generate-001, seconds: 4}\n');
    await writeFile(
      join(app, 'use.mjs'),
      `import { run, startSimulator } from 'video-batch';
const result = await run(
  { manifest: 'm.yaml', outDir: 'out', concurrency: 1, dryRun: false, download: true, timeoutSeconds: 60, failOn: 'any', simulate: true },
  { env: {}, log: () => {}, print: () => {} },
);
console.log(typeof startSimulator, result.exitCode, result.report.summary.completed, result.report.simulated);
`,
    );
    const ran = await startNode(join(app, 'use.mjs'), [], {}, app).done;
    expect(ran.stderr).toBe('');
    expect(ran.stdout).toBe('function 0 1 true\n');
    // An import alone, even inside a workflow step, is not the action: no summary, no output.
    await writeFile(join(app, 'bare.mjs'), `import 'video-batch';\nconsole.log('imported');\n`);
    await writeFile(join(app, 'summary.md'), '');
    const bare = await startNode(join(app, 'bare.mjs'), [], { GITHUB_STEP_SUMMARY: join(app, 'summary.md'), INPUT_MANIFEST: 'm.yaml', 'INPUT_DRY-RUN': 'true' }, app).done;
    expect(bare).toMatchObject({ code: 0, stdout: 'imported\n', stderr: '' });
    expect(await readFile(join(app, 'summary.md'), 'utf8')).toBe('');
  });

  it('its types check in a strict NodeNext project', async () => {
    await writeFile(
      join(app, 'use.ts'),
      `import { run, type RunResult } from 'video-batch';
const result: RunResult = await run(
  { manifest: 'm.yaml', outDir: 'out', concurrency: 2, dryRun: true, download: true, timeoutSeconds: 60, failOn: 'any', simulate: true },
  { env: process.env, log: () => {}, print: () => {} },
);
export const code: 0 | 1 | 2 = result.exitCode;
// @ts-expect-error failOn takes any, all or never
export const bad: Parameters<typeof run>[0]['failOn'] = 'sometimes';
`,
    );
    const tsconfig = {
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, typeRoots: [resolve('node_modules/@types')], types: ['node'] },
      files: ['use.ts'],
    };
    await writeFile(join(app, 'tsconfig.json'), JSON.stringify(tsconfig));
    const ran = await startNode(resolve('node_modules/typescript/bin/tsc'), ['-p', '.'], {}, app).done;
    expect(ran.stdout + ran.stderr).toBe('');
    expect(ran.code).toBe(0);
  }, 60_000);
});
