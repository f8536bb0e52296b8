/**
 * Runs the action as @github/local-action does: a child Node imports src/main.ts (through tsx)
 * and calls its run(), with inputs as INPUT_<NAME> variables and GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY as files. Workflow commands (annotations, ::error::) arrive on stdout.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startNode, type ChildRun } from './helpers.js';

const MAIN = pathToFileURL(resolve('src/main.ts')).href;

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
  const script = join(dir, `step-${tag}.mjs`);
  await writeFile(script, `const m = await import(${JSON.stringify(MAIN)});\nawait m.run();\n`);
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const ran = await startNode(
    script,
    [],
    {
      NODE_OPTIONS: `--import ${pathToFileURL(resolve('node_modules/tsx/dist/esm/index.mjs')).href}`,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: outputs,
      ...inputEnv,
      ...env,
    },
    dir,
  ).done;
  return { ...ran, summary: await readFile(summary, 'utf8') };
}
