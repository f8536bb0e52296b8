import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { caught, runAgainst, runCli, serverBytes, useResources, writeManifest } from './helpers.js';
import { startSloppyGateway, type SloppyGateway, type SloppyRules } from './fixtures/sloppy-gateway.js';

const without = (field: string) => (video: Record<string, unknown>): Record<string, unknown> => {
  const copy = { ...video };
  delete copy[field];
  return copy;
};

describe('after a create with no clear answer, a video is adopted only on positive evidence', () => {
  const use = useResources();
  const gateways: SloppyGateway[] = [];
  const gateway = async (origin: string, rules: SloppyRules): Promise<SloppyGateway> => {
    const gw = await startSloppyGateway(origin, rules);
    gateways.push(gw);
    return gw;
  };
  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((gw) => gw.close()));
  });

  it('a list without prompts: a 5xx create ends submit_uncertain naming the video it made, billed once (not once per retry)', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: fox, prompt: A red fox running through snow}\n');
    const outDir = join(t.dir, 'out');
    // Every create makes its video, then answers 500; the list never states a prompt.
    const gw = await gateway(sim.origin, { create: () => ({ status: 500, afterUpstream: true }), listItem: without('prompt') });
    const first = await runAgainst(sim, { manifest, outDir, baseUrl: gw.url });
    expect(sim.stats.billedCreates).toBe(1);
    const job = first.report!.jobs[0]!;
    expect(job).toMatchObject({ status: 'failed', attempts: 1, videoId: null, error: { code: 'submit_uncertain' } });
    const made = [...sim.stats.videos.keys()][0]!;
    expect(job.decisions.join(' ')).toContain(made);
    expect(job.decisions.join(' ')).toMatch(/does not state the prompt.*not created again/);
    expect(job.error!.message).toContain(made);
    expect(job.error!.message).toMatch(/--retry-uncertain fox/);

    // Not a dead end: the same command stays safe, and --retry-uncertain creates it again, naming the candidate.
    const again = await runAgainst(sim, { manifest, outDir, baseUrl: gw.url });
    expect(again.report!.jobs[0]!.error?.code).toBe('submit_uncertain');
    expect(sim.stats.billedCreates).toBe(1);
    // The gateway now creates fine, but its list still states no prompt.
    const fixed = await gateway(sim.origin, { listItem: without('prompt') });
    // A retry may pay again, so it counts for --max-cost; a misspelt id retries nothing and says so.
    expect(String(await caught(runAgainst(sim, { manifest, outDir, baseUrl: fixed.url, retryUncertain: ['fox'], maxCostUsd: 0.1 })))).toMatch(/for 1 jobs exceeds --max-cost/);
    expect(String(await caught(runAgainst(sim, { manifest, outDir, baseUrl: fixed.url, retryUncertain: ['fx'] })))).toMatch(/--retry-uncertain names "fx", not a job of the manifest/);
    expect(sim.stats.billedCreates).toBe(1);
    const retried = await runAgainst(sim, { manifest, outDir, baseUrl: fixed.url, retryUncertain: ['fox'] });
    const done = retried.report!.jobs[0]!;
    expect(done).toMatchObject({ status: 'completed', attempts: 1 });
    expect(done.decisions.join(' ')).toContain(`${made}; created again as --retry-uncertain asked`);
    expect(sim.stats.billedCreates).toBe(2);
  });

  it('a list with prompt: null never hands this job another job\'s video made while its create was in flight', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: fox, prompt: A red fox running through snow}\n- {id: whale, prompt: A blue whale under ice}\n');
    const outDir = join(t.dir, 'out');
    const gw = await gateway(sim.origin, {
      // The fox's first create makes nothing and answers 500 after 150 ms; the whale's is made at
      // once but answered only after 800 ms, so it is unanswered when the fox looks at the list.
      create: (_n, body) => (body.includes('red fox') && !foxFailed++ ? { status: 500 } : undefined),
      createDelayMs: (body) => (body.includes('blue whale') ? 800 : 150),
      listItem: (video) => ({ ...video, prompt: null }),
    });
    let foxFailed = 0;
    const result = await runAgainst(sim, { manifest, outDir, baseUrl: gw.url, concurrency: 2, variants: [] });
    const [fox, whale] = result.report!.jobs;
    expect(whale).toMatchObject({ status: 'completed' });
    expect(fox).toMatchObject({ status: 'completed', attempts: 2 });
    expect(fox!.videoId).not.toBe(whale!.videoId);
    expect(fox!.decisions.join(' ')).not.toMatch(/adopted/);
    expect(fox!.decisions.join(' ')).toMatch(/made none; creating it again/);
    expect(sim.stats.billedCreates).toBe(2);
    expect((await readFile(join(outDir, fox!.file!))).equals(await serverBytes(sim, fox!.videoId!))).toBe(true);
    expect(sim.stats.videos.get(fox!.videoId!)?.prompt).toBe('A red fox running through snow');
  });

  it('adopts the video a 5xx create made when the list states its prompt and model, and says which fields it could not compare', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: fox, prompt: A red fox running through snow, seconds: 8}\n');
    const gw = await gateway(sim.origin, { create: (n) => (n === 1 ? { status: 502, afterUpstream: true } : undefined), listItem: without('seconds') });
    const result = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out'), baseUrl: gw.url, variants: [] });
    const fox = result.report!.jobs[0]!;
    expect(fox).toMatchObject({ status: 'completed', attempts: 1, videoId: [...sim.stats.videos.keys()][0]! });
    expect(fox.decisions.join(' ')).toMatch(/with the same prompt and model \(seconds not stated by the list\), made at .* claimed by no other job; adopted it/);
    expect(sim.stats.billedCreates).toBe(1);
    expect(gw.creates()).toBe(1);
  });

  it('the CLI takes --retry-uncertain IDS and refuses an id the manifest lacks before anything is sent', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: fox, prompt: A red fox running through snow}\n');
    const result = await runCli(['run', manifest, '--simulate', '--out', join(t.dir, 'out'), '--retry-uncertain', 'fox,wolf'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--retry-uncertain names "wolf", not a job of the manifest/);
  });
});
