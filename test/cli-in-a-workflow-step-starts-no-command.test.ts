import { describe, expect, it } from 'vitest';
import { runCli, useResources, writeManifest } from './helpers.js';

/** A line GitHub's runner would obey: `::command` at its start, or `##[command]` anywhere. */
const COMMAND = /^\s*::[a-z-]+|##\[/im;

describe('the CLI run as a workflow step of its own', () => {
  const use = useResources();

  it('prints prompts, ids and messages from the manifest without a workflow command in them', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(
      t.dir,
      'm.yaml',
      'jobs:\n  - {id: mask, prompt: "::add-mask::s3cret"}\n  - {id: out, prompt: "x ##[set-output name=leak;]1"}\n  - {id: bad, prompt: "::error::boom", seconds: 99, provider: seedance, model: seedance-1-5-pro-251215}\n',
    );
    // As a step: the dry-run plan (stdout) quotes every prompt; the manifest error (stderr) one line.
    const plan = await runCli(['run', manifest, '--dry-run'], { GITHUB_ACTIONS: 'true' });
    expect(plan.code).toBe(2);
    expect(`${plan.stdout}\n${plan.stderr}`).not.toMatch(COMMAND);
    const fixed = await writeManifest(t.dir, 'ok.yaml', 'jobs:\n  - {id: mask, prompt: "::add-mask::s3cret"}\n  - {id: out, prompt: "x ##[set-output name=leak;]1"}\n');
    // These jobs are openai's, a gateway's shape: a dry run needs its URL (OpenAI's own API is gone).
    const ran = await runCli(['run', fixed, '--dry-run', '--base-url', 'https://gateway.example/v1'], { GITHUB_ACTIONS: 'true' });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('add-mask::s3cret');
    expect(`${ran.stdout}\n${ran.stderr}`).not.toMatch(COMMAND);
    // Outside Actions the text is printed as it is: a terminal obeys no such command.
    const local = await runCli(['run', fixed, '--dry-run', '--base-url', 'https://gateway.example/v1'], {});
    expect(local.stdout).toMatch(/##\[set-output/);
  });
});
