import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateJob, totalCost } from '../src/cost/prices.js';
import { parseManifest } from '../src/manifest/index.js';
import type { JobSpec } from '../src/types.js';
import { runCli, useResources, writeManifest } from './helpers.js';

const job = (model: string, seconds?: number, size?: string): JobSpec => ({
  id: 'j',
  prompt: 'p',
  provider: 'openai',
  model,
  ...(seconds !== undefined ? { seconds } : {}),
  ...(size !== undefined ? { size } : {}),
  source: { file: 'm.yaml', line: 1 },
});

describe('cost estimate', () => {
  it('prices each model, size and duration from the list', () => {
    expect(estimateJob(job('sora-2', 8, '1280x720')).usd).toBe(0.8);
    expect(estimateJob(job('sora-2', undefined, '720x1280')).usd).toBe(0.4); // default 4 s
    expect(estimateJob(job('sora-2-pro', 12, '1280x720')).usd).toBe(3.6);
    expect(estimateJob(job('sora-2-pro', 12, '1792x1024')).usd).toBe(6);
    expect(estimateJob(job('veo-3.1-fast-generate-preview', 6)).usd).toBe(0.9);
    expect(estimateJob(job('veo-3.1-generate-preview')).usd).toBe(3.2); // default 8 s
    expect(estimateJob(job('seedance-1-0-pro-250528', 5, '1280x720')).usd).toBe(0.27);
    expect(estimateJob(job('kling-unknown', 5)).usd).toBeUndefined();
  });

  it('lets the manifest pricing block override or add prices', () => {
    const parsed = parseManifest(
      'pricing:\n  sora-2: 0.05\n  kling-v2:\n    1280x720: 0.2\n    default: 0.1\njobs:\n  - {prompt: a, model: sora-2, seconds: 8}\n  - {prompt: b, model: kling-v2, seconds: 5, size: 1280x720}\n  - {prompt: c, model: kling-v2, seconds: 5}\n',
      { file: 'm.yaml', manifestDir: '/', defaultModel: () => 'sora-2' },
    );
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
    const estimates = parsed.manifest.jobs.map((j) => estimateJob(j, parsed.manifest.pricing));
    expect(estimates.map((e) => e.usd)).toEqual([0.4, 1, 0.5]);
    expect(totalCost(estimates)).toEqual({ usd: 1.9, unpriced: 0 });
  });

  it('rejects a malformed pricing block with its line', () => {
    const parsed = parseManifest('pricing:\n  sora-2: cheap\njobs:\n  - {prompt: a}\n', { file: 'm.yaml', manifestDir: '/', defaultModel: () => 'sora-2' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]).toMatchObject({ line: 2, field: 'pricing' });
  });
});

describe('--max-cost and --dry-run', () => {
  const use = useResources();

  const cli = (args: string[]) => runCli(args, { OPENAI_API_KEY: 'sk-test' });

  it('refuses a run estimated over the budget and sends nothing; runs one under it', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    // 12 s at 1080p ($0.122/s) + 4 s at 720p ($0.054/s), on an OpenAI-shape gateway.
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {prompt: a, model: seedance-1-0-pro-250528, seconds: 12, size: 1920x1080}\n- {prompt: b, model: seedance-1-0-pro-250528, seconds: 4, size: 1280x720}\n');
    const refused = await cli(['run', manifest, '--base-url', sim.url, '--out', join(t.dir, 'o'), '--max-cost', '1.5']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/estimated cost \$1\.68 for 2 jobs exceeds --max-cost \$1\.50/);
    expect(sim.stats.requests.length).toBe(0);
    const allowed = await cli(['run', manifest, '--base-url', sim.url, '--out', join(t.dir, 'o'), '--max-cost', '2']);
    expect(allowed.code).toBe(0);
    expect(sim.stats.billedCreates).toBe(2);
  });

  it('--dry-run prints each job with its estimate and the total', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: big, prompt: a, model: seedance-1-0-pro-250528, seconds: 12, size: 1920x1080}\n- {id: new, prompt: b, model: kling-x}\n');
    // Priced as an OpenAI-shape gateway resells it: openai needs the gateway's URL (OpenAI's own API is gone).
    const ran = await cli(['run', manifest, '--dry-run', '--base-url', 'https://gateway.example/v1']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/big .*\$1\.46/);
    expect(ran.stdout).toMatch(/new .*price unknown/);
    expect(ran.stdout).toMatch(/estimated cost: \$1\.46 \(1 jobs without a known price not counted\)/);
  });
});
