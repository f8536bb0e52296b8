import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAgainst, useResources, writeManifest } from './helpers.js';

describe('jobs that do not complete', () => {
  const use = useResources();

  it('keeps a moderation failure with its code and message, completes the others, and exits 1', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.csv', 'id,prompt\nok,A calm lake at dawn\nbad,"A scene [sim:moderation] that is refused"\n');
    const outDir = join(t.dir, 'out');
    const result = await runAgainst(sim, { manifest, outDir });
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8'));
    const bad = report.jobs.find((j: { id: string }) => j.id === 'bad');
    expect(bad.status).toBe('failed');
    expect(bad.error.code).toBe('moderation_blocked');
    expect(bad.error.message.length).toBeGreaterThan(0);
    expect(bad.videoId).toMatch(/^video_/);
    expect(bad.file).toBeNull();
    expect(report.jobs.find((j: { id: string }) => j.id === 'ok').status).toBe('completed');
    expect(await readFile(join(outDir, 'report.md'), 'utf8')).toContain('moderation\\_blocked');
  });

  it('ends a job that outlives --timeout as timed_out, keeping its video id', async () => {
    // quick takes 0.25 s, [sim:slow] 5x: 1.25 s; the 0.75 s margin is quick's, as a loaded machine only slows slow down
    const sim = await use.simulator({ queueMs: 0, generationMs: 250 });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: slow, prompt: "A glacier melting [sim:slow]"}\n- {id: quick, prompt: A quick one}\n');
    const result = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out'), timeoutSeconds: 1 });
    expect(result.exitCode).toBe(1);
    const slow = result.report!.jobs.find((j) => j.id === 'slow')!;
    expect(slow.status).toBe('timed_out');
    expect(slow.videoId).toMatch(/^video_/);
    expect(slow.error?.code).toBe('timeout');
    expect(result.report!.jobs.find((j) => j.id === 'quick')!.status).toBe('completed');
  });

  it('with --fail-on all exits 0 while some job completed, and 1 when none did', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const mixed = await writeManifest(t.dir, 'mixed.yaml', '- {prompt: A calm lake}\n- {prompt: "Refused [sim:moderation]"}\n');
    expect((await runAgainst(sim, { manifest: mixed, outDir: join(t.dir, 'a'), failOn: 'all' })).exitCode).toBe(0);
    const allBad = await writeManifest(t.dir, 'bad.yaml', '- {prompt: "Refused [sim:moderation]"}\n');
    expect((await runAgainst(sim, { manifest: allBad, outDir: join(t.dir, 'b'), failOn: 'all' })).exitCode).toBe(1);
    expect((await runAgainst(sim, { manifest: allBad, outDir: join(t.dir, 'c'), failOn: 'never' })).exitCode).toBe(0);
  });

  it('runs a remix after its source job and sends the source video id', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: v2, prompt: Same car in the rain, remix_of: v1}\n- {id: v1, prompt: A car on a podium}\n');
    const result = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out'), concurrency: 1 });
    expect(result.exitCode).toBe(0);
    const [v2, v1] = result.report!.jobs;
    expect(sim.stats.requests.filter((r) => r.route === 'remix').length).toBe(1);
    const remixPath = sim.stats.requests.find((r) => r.route === 'remix')!.path;
    expect(remixPath).toContain(v1!.videoId!);
    expect(v2!.status).toBe('completed');
  });
});
