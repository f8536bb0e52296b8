import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAgainst, serverBytes, useResources, writeManifest } from './helpers.js';

describe('a clean run against the Videos API', () => {
  const use = useResources();

  it('downloads every video byte-exact, writes report.json and report.md, and creates each video once', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(
      t.dir,
      'm.yaml',
      `defaults: {model: seedance-1-0-pro-250528, seconds: 4, size: 1280x720}
jobs:
  - {id: fox, prompt: A red fox running through snow}
  - {id: car, prompt: A sports car on a podium, seconds: 8}
  - {id: city, prompt: A city at night, size: 720x1280}
  - {id: beach, prompt: Waves on a beach}
  - {id: cake, prompt: A birthday cake with candles}
`,
    );
    const outDir = join(t.dir, 'out');
    const result = await runAgainst(sim, { manifest, outDir, concurrency: 2 });

    expect(result.exitCode).toBe(0);
    expect(sim.stats.billedCreates).toBe(5);
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8'));
    expect(report.schemaVersion).toBe(1);
    expect(report.summary).toMatchObject({ total: 5, completed: 5, failed: 0 });
    const ids = new Set<string>();
    for (const job of report.jobs) {
      expect(job.status).toBe('completed');
      expect(job.videoId).toMatch(/^video_/);
      expect(job.error).toBeNull();
      expect(job.attempts).toBe(1);
      ids.add(job.videoId);
      const onDisk = await readFile(join(outDir, job.file));
      expect(onDisk.equals(await serverBytes(sim, job.videoId))).toBe(true);
    }
    expect(ids.size).toBe(5);
    const car = report.jobs.find((j: { id: string }) => j.id === 'car');
    expect(car).toMatchObject({ model: 'seedance-1-0-pro-250528', seconds: 8, size: '1280x720', file: 'videos/car.mp4', provider: 'openai' });
    expect(sim.stats.videos.get(car.videoId)?.seconds).toBe('8');

    const md = await readFile(join(outDir, 'report.md'), 'utf8');
    expect(md).toContain('| id | status | video id | model | seconds | size | made | time | error |');
    for (const job of report.jobs) expect(md).toContain(job.videoId);
  });

  it('never has more jobs in flight than --concurrency', async () => {
    const sim = await use.simulator({ generationMs: 200 });
    const t = await use.folder();
    const jobs = Array.from({ length: 8 }, (_, i) => `  - {id: j${i}, prompt: Prompt number ${i}}`).join('\n');
    const manifest = await writeManifest(t.dir, 'm.yaml', `jobs:\n${jobs}\n`);
    const result = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out'), concurrency: 3 });
    expect(result.exitCode).toBe(0);
    // In flight = created and not yet seen completed, by the server's own clock (a slot is
    // freed when the client sees the completion; downloads have a bound of their own).
    const events = [...sim.stats.videos.values()]
      .flatMap((v) => [
        { at: v.createdAt, delta: 1 },
        { at: v.firstSeenCompletedAt!, delta: -1 },
      ])
      .sort((a, b) => a.at - b.at || a.delta - b.delta);
    let inFlight = 0;
    let peak = 0;
    for (const e of events) {
      inFlight += e.delta;
      peak = Math.max(peak, inFlight);
    }
    expect(sim.stats.videos.size).toBe(8);
    expect(peak).toBe(3);
  });
});
