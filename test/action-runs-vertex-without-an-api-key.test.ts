import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startNode, useResources } from './helpers.js';
import { simulatorGoogleCredentials } from './provider-support.js';

const ACTION = resolve('dist/index.js');

describe('the action with provider vertex', () => {
  const resources = useResources();

  it('needs no api-key: Google Cloud credentials (as google-github-actions/auth leaves them) are enough', async () => {
    const { dir } = await resources.folder();
    const sim = await resources.simulator();
    await writeFile(join(dir, 'm.yaml'), ['jobs:', '  - id: v1', '    prompt: a quiet harbour at dawn', ''].join('\n'));
    const summary = join(dir, 'summary.md');
    const outputs = join(dir, 'outputs.txt');
    await writeFile(summary, '');
    await writeFile(outputs, '');
    const ran = await startNode(
      ACTION,
      [],
      {
        INPUT_MANIFEST: 'm.yaml',
        INPUT_PROVIDER: 'vertex',
        'INPUT_OUT-DIR': 'out',
        INPUT_TIMEOUT: '60',
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: outputs,
        GOOGLE_APPLICATION_CREDENTIALS: simulatorGoogleCredentials(sim),
        GOOGLE_CLOUD_PROJECT: 'my-project',
        VERTEX_BASE_URL: `${sim.origin}/vertex/v1`,
      },
      dir,
    ).done;

    expect(ran.stdout).not.toMatch(/api-key is required/);
    expect(ran.code).toBe(0);
    expect((await readFile(join(dir, 'out', 'videos', 'v1.mp4'))).subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(sim.stats.requests.find((request) => request.route === 'create')?.path).toMatch(/^\/vertex\/v1\/projects\/my-project\//);
  });
});
