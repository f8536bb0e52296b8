import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulatorBaseUrl } from '../src/simulate.js';
import { runAgainst, serverBytes, useResources, writeManifest } from './helpers.js';

const MANIFEST = Array.from({ length: 6 }, (_, i) => `- {id: clip${i}, prompt: "Product clip number ${i}"}`).join('\n') + '\n';

describe('stopping and running again', () => {
  const use = useResources();

  it('an interrupted run reports unfinished jobs as pending with their ids, and the re-run finishes them without a second create', async () => {
    const sim = await use.simulator({ generationMs: 1500 });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const outDir = join(t.dir, 'out');
    const controller = new AbortController();
    const watcher = setInterval(() => {
      if (sim.stats.billedCreates >= 3) controller.abort(new Error('SIGTERM'));
    }, 5);
    const first = await runAgainst(sim, { manifest, outDir, concurrency: 3 }, { signal: controller.signal });
    clearInterval(watcher);
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8'));
    expect(report.interrupted).toBe(true);
    const pending = report.jobs.filter((j: { status: string }) => j.status === 'pending');
    expect(pending.length).toBe(6);
    const submitted = pending.filter((j: { videoId: string | null }) => j.videoId);
    expect(submitted.length).toBe(sim.stats.billedCreates);
    expect(first.exitCode).toBe(1);

    const second = await runAgainst(sim, { manifest, outDir, concurrency: 3 });
    expect(second.exitCode).toBe(0);
    expect(sim.stats.billedCreates).toBe(6);
    for (const job of submitted) {
      const again = second.report!.jobs.find((j) => j.id === job.id)!;
      expect(again.videoId).toBe(job.videoId);
      expect(again.attempts).toBe(0);
      expect(again.status).toBe('completed');
    }
  });

  it('skips finished jobs without a request, and regenerates a job whose prompt changed', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const outDir = join(t.dir, 'out');
    expect((await runAgainst(sim, { manifest, outDir })).exitCode).toBe(0);
    const requestsBefore = sim.stats.requests.length;
    const again = await runAgainst(sim, { manifest, outDir });
    expect(again.exitCode).toBe(0);
    expect(again.report!.jobs.every((j) => j.status === 'skipped')).toBe(true);
    expect(sim.stats.requests.length).toBe(requestsBefore);

    await writeManifest(t.dir, 'm.yaml', MANIFEST.replace('Product clip number 2', 'Product clip number 2, in slow motion'));
    const changed = await runAgainst(sim, { manifest, outDir });
    expect(changed.report!.jobs.filter((j) => j.status === 'completed').map((j) => j.id)).toEqual(['clip2']);
    expect(sim.stats.billedCreates).toBe(7);
  });

  it('a job whose download failed is downloaded by the re-run, not paid for again; a refused one is created again', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: lake, prompt: A calm lake}\n- {id: refused, prompt: "A crowd [sim:moderation]"}\n');
    const outDir = join(t.dir, 'out');
    // Every download attempt of the first run fails: the video exists on the server, the file does not.
    sim.addFaults([{ route: 'content', kind: 'server_error', times: 50 }]);
    const first = await runAgainst(sim, { manifest, outDir, variants: [] });
    const lake = first.report!.jobs.find((j) => j.id === 'lake')!;
    expect(lake).toMatchObject({ status: 'failed', file: null });
    expect(lake.videoId).not.toBeNull();
    expect(sim.stats.billedCreates).toBe(2);

    sim.clearFaults();
    const second = await runAgainst(sim, { manifest, outDir, variants: [] });
    const again = second.report!.jobs.find((j) => j.id === 'lake')!;
    expect(again).toMatchObject({ status: 'completed', videoId: lake.videoId, attempts: 0 });
    expect(again.decisions.join(' ')).toMatch(/downloading it instead of paying for another/);
    expect((await readFile(join(outDir, again.file!))).equals(await serverBytes(sim, lake.videoId!))).toBe(true);
    // Only the refused job was created again: its generation failed, so a new attempt is what a re-run asks for.
    expect(sim.stats.billedCreates).toBe(3);
    expect(second.report!.jobs.find((j) => j.id === 'refused')).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('openai-generations: a video made but not downloaded is downloaded by the next run from its ledgered URL', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', 'defaults: {provider: openai-generations, model: seedance-1-0-pro-250528, seconds: 4}\njobs:\n  - {id: lake, prompt: A calm lake}\n  - {id: hill, prompt: A windy hill}\n');
    const outDir = join(t.dir, 'out');
    const env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: simulatorBaseUrl(sim, 'openai-generations') };
    const first = await runAgainst(sim, { manifest, outDir, download: false }, { env });
    expect(first.report!.jobs.map((j) => j.status)).toEqual(['completed', 'completed']);
    expect(sim.stats.billedCreates).toBe(2);

    // A new process: the provider's memory of the URLs is gone, only the ledger remains.
    const second = await runAgainst(sim, { manifest, outDir, download: true, variants: [] }, { env });
    expect(second.exitCode).toBe(0);
    expect(sim.stats.billedCreates).toBe(2);
    for (const job of second.report!.jobs) {
      expect(job).toMatchObject({ status: 'completed', attempts: 0, file: `videos/${job.id}.mp4` });
      expect((await readFile(join(outDir, job.file!))).length).toBeGreaterThan(0);
    }
    // The URL stays in the ledger: never in the report a person or a later step reads.
    const reportText = await readFile(join(outDir, 'report.json'), 'utf8');
    expect(reportText).not.toMatch(/https?:\/\/[^"]*generations\/files/);
    expect(await readFile(join(outDir, 'ledger.jsonl'), 'utf8')).toMatch(/"restore":"http/);
  });

  it('a video that is gone by the time it is downloaded (no expiry stated) ends expired, and --regenerate-expired makes it again', async () => {
    const sim = await use.simulator({ expiresAfterMs: 2000 });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', 'defaults: {provider: openai-generations, model: seedance-1-0-pro-250528, seconds: 4}\njobs:\n  - {id: lake, prompt: A calm lake}\n');
    const outDir = join(t.dir, 'out');
    await runAgainst(sim, { manifest, outDir, download: false });
    await new Promise((r) => setTimeout(r, 2200));
    // The gateway's URL now answers 404: the job is expired, with what to do, and nothing is paid.
    const late = await runAgainst(sim, { manifest, outDir, variants: [] });
    expect(late.report!.jobs[0]).toMatchObject({ status: 'expired', error: { code: 'expired' } });
    expect(late.report!.jobs[0]!.error!.message).toMatch(/no longer downloadable.*--regenerate-expired/);
    expect(sim.stats.billedCreates).toBe(1);
    const again = await runAgainst(sim, { manifest, outDir, variants: [], regenerateExpired: true });
    expect(again.report!.jobs[0]).toMatchObject({ status: 'completed', file: 'videos/lake.mp4' });
    expect(sim.stats.billedCreates).toBe(2);
  });
});
