/**
 * Runs the action as a GitHub runner does: `node dist/index.js` (action.yml's runs.main, built from
 * this source by test/global-setup.ts), which only calls src/main.ts's run(), with inputs as
 * INPUT_<NAME> variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY as files. Workflow commands
 * (annotations, ::error::) arrive on stdout. (Importing src/main.ts through tsx, as
 * @github/local-action does, is proven once in action-main-exports-run.test.ts; transpiling the
 * source on every step here cost about twice the CPU.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startNode, type ChildRun } from './helpers.js';

const ACTION = resolve('dist/index.js');

export interface ActionRun extends ChildRun {
  readonly summary: string;
}

/** One step: `inputs` by their action.yml names, `env` the step's environment, `dir` the workspace. */
export async function runActionStep(dir: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const tag = Math.random().toString(36).slice(2);
  const summary = join(dir, `summary-${tag}.md`);
  const outputs = join(dir, `outputs-${tag}.txt`);
  await writeFile(summary, '');
  await writeFile(outputs, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const ran = await startNode(
    ACTION,
    [],
    {
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: outputs,
      ...inputEnv,
      ...env,
    },
    dir,
  ).done;
  return { ...ran, summary: await readFile(summary, 'utf8') };
}
