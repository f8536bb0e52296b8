import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAgainst, useResources, writeManifest } from './helpers.js';

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
});
