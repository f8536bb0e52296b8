/**
 * The action laid out as actions/typescript-action does it, which is what `@github/local-action`
 * runs: it imports src/main.ts (through tsx) and calls the `run()` it exports. Importing must start
 * nothing; calling run() must be the whole action. dist/index.js only calls it (see
 * action-runs-as-a-workflow-step.test.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startNode, useResources } from './helpers.js';

const MAIN = pathToFileURL(resolve('src/main.ts')).href;

/** Imports src/main.ts as local-action does, then calls its run() when `call` is set. */
async function load(dir: string, call: boolean) {
  const summary = join(dir, `summary-${call}`);
  const outputs = join(dir, `outputs-${call}`);
  await writeFile(summary, '');
  await writeFile(outputs, '');
  const script = join(dir, 'load.mjs');
  await writeFile(script, `const m = await import(${JSON.stringify(MAIN)});\nconsole.log('run is a ' + typeof m.run);\n${call ? 'await m.run();\n' : ''}`);
  const env = {
    NODE_OPTIONS: `--import ${pathToFileURL(resolve('node_modules/tsx/dist/esm/index.mjs')).href}`,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: outputs,
    INPUT_MANIFEST: resolve('examples/manifest.yaml'),
    'INPUT_DRY-RUN': 'true',
    // The example names no provider: openai, which needs a gateway's URL since OpenAI's own API shut down.
    'INPUT_BASE-URL': 'https://gateway.example/v1',
  };
  const ran = await startNode(script, [], env, dir).done;
  return { ...ran, summary: await readFile(summary, 'utf8'), outputs: await readFile(outputs, 'utf8') };
}

describe('src/main.ts, the module @github/local-action runs', () => {
  const use = useResources();

  it('exports run() and does nothing when imported', async () => {
    const t = await use.folder();
    const ran = await load(t.dir, false);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe('run is a function\n');
    expect(ran.summary).toBe('');
    expect(ran.outputs).toBe('');
  });

  it('run() is the whole action: inputs in, outputs and job summary out', async () => {
    const t = await use.folder();
    const ran = await load(t.dir, true);
    expect(ran.code).toBe(0);
    expect(ran.summary).toContain('<h2>video-batch dry run: 5 jobs</h2>');
    expect(ran.outputs).toContain('video-ids<<');
  });
});
