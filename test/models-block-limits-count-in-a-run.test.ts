import { describe, expect, it } from 'vitest';
import { runCli, useResources, writeManifest } from './helpers.js';

/**
 * A manifest's `models:` block widens or narrows a catalog model's `seconds`/`sizes` for the run
 * itself (the CLI), not only for a parser that is handed the block.
 */
describe('a models: block counts in a run', () => {
  const use = useResources();

  it('a duration the block allows passes, one it leaves out is refused at its line', async () => {
    const t = await use.folder();
    const widened = await writeManifest(
      t.dir,
      'widened.yaml',
      'models:\n  veo-3.1-generate-001: {provider: veo, seconds: [4, 6, 8, 10]}\njobs:\n  - {id: long, prompt: a fox, provider: veo, model: veo-3.1-generate-001, seconds: 10}\n',
    );
    const ran = await runCli(['run', widened, '--dry-run'], {}, t.dir);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('long');

    const narrowed = await writeManifest(
      t.dir,
      'narrowed.yaml',
      'models:\n  veo-3.1-generate-001: {provider: veo, sizes: [1280x720]}\njobs:\n  - id: tall\n    prompt: a fox\n    provider: veo\n    model: veo-3.1-generate-001\n    size: 720x1280\n',
    );
    const refused = await runCli(['run', narrowed, '--dry-run'], {}, t.dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(`${narrowed}:8: job 1, field "size": veo-3.1-generate-001 accepts 1280x720 (got 720x1280)`);
  });
});
