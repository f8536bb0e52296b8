import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SimulatorOptions } from '../src/simulate.js';
import { startNode, useResources, writeManifest } from './helpers.js';

const CLI = resolve('dist/cli.js');
const JOBS = 8;
const MANIFEST = Array.from({ length: JOBS }, (_, i) => `- {id: ad${i}, prompt: "Ad variant ${i}, slow dolly shot"}`).join('\n') + '\n';

const start = (args: string[], env: Record<string, string>) => startNode(CLI, args, env);

async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('kill, stop and run again', () => {
  const use = useResources();

  async function setup(options: SimulatorOptions = {}) {
    const sim = await use.simulator({ generationMs: 800, ...options });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const out = join(t.dir, 'out');
    const args = ['run', manifest, '--base-url', sim.url, '--out', out, '--concurrency', '3'];
    return { sim, args, out, env: { OPENAI_API_KEY: 'sk-test' } };
  }

  for (const accepted of [1, 3, 5]) {
    it(`SIGKILL after ${accepted} accepted creates: the re-run finishes every job with no second create for any`, async () => {
      const { sim, args, out, env } = await setup();
      const first = start(args, env);
      await until(() => sim.stats.billedCreates >= accepted);
      first.child.kill('SIGKILL');
      expect((await first.done).signal).toBe('SIGKILL');
      const billed = sim.stats.billedCreates;
      expect(billed).toBeGreaterThanOrEqual(accepted);

      const second = await start(args, env).done;
      expect(second.code).toBe(0);
      expect(sim.stats.billedCreates).toBe(JOBS);
      const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
      expect(report.summary.completed + report.summary.skipped).toBe(JOBS);
      expect(new Set(report.jobs.map((j: { videoId: string }) => j.videoId)).size).toBe(JOBS);
    });
  }

  it('SIGKILL mid-download: the re-run downloads whole files and leaves no partial one', async () => {
    const { sim, args, out, env } = await setup({ contentBytes: 30_000_000 });
    const first = start(args, env);
    await until(() => sim.stats.requests.some((r) => r.route === 'content'));
    first.child.kill('SIGKILL');
    await first.done;
    const second = await start(args, env).done;
    expect(second.code).toBe(0);
    expect(sim.stats.billedCreates).toBe(JOBS);
    const files = await readdir(join(out, 'videos'));
    expect(files.filter((f) => f.includes('.part'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.mp4')).length).toBe(JOBS);
  });

  it('SIGTERM mid-run: exits 143 within 5 s with the report written, jobs pending with their ids; the re-run completes them', async () => {
    const { sim, args, out, env } = await setup({ generationMs: 3000 });
    const first = start(args, env);
    await until(() => sim.stats.billedCreates >= 3);
    const sentAt = Date.now();
    first.child.kill('SIGTERM');
    const ended = await first.done;
    expect(ended.code).toBe(143);
    expect(Date.now() - sentAt).toBeLessThan(5000);
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
    expect(report.interrupted).toBe(true);
    const withIds = report.jobs.filter((j: { status: string; videoId: string | null }) => j.status === 'pending' && j.videoId);
    expect(withIds.length).toBe(sim.stats.billedCreates);

    const second = await start(args, env).done;
    expect(second.code).toBe(0);
    expect(sim.stats.billedCreates).toBe(JOBS);
  });

  it('refuses a second run on the same folder while the first is alive', async () => {
    const { sim, args, env } = await setup({ generationMs: 3000 });
    const first = start(args, env);
    await until(() => sim.stats.billedCreates >= 1);
    const second = await start(args, env).done;
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/another video-batch run \(pid \d+/);
    first.child.kill('SIGKILL');
    await first.done;
  });

  it('a video past its download window is reported expired, not as an obscure failure', async () => {
    // expires_at is in whole seconds: 3 s leaves the regenerating run at least 2 to download in.
    const { sim, args, out, env } = await setup({ generationMs: 100, expiresAfterMs: 3000 });
    expect((await start([...args, '--no-download'], env).done).code).toBe(0);
    await new Promise((r) => setTimeout(r, 4100));
    const again = await start(args, env).done;
    expect(again.code).toBe(1);
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
    expect(report.summary.expired).toBe(JOBS);
    expect(report.jobs[0].error.code).toBe('expired');
    expect(report.jobs[0].error.message).toMatch(/--regenerate-expired/);
    expect(sim.stats.billedCreates).toBe(JOBS);

    // Running again keeps them expired and pays nothing; --regenerate-expired makes them again,
    // and a budget that cannot cover them refuses first, sending nothing.
    expect((await start(args, env).done).code).toBe(1);
    expect(sim.stats.billedCreates).toBe(JOBS);
    const requests = sim.stats.requests.length;
    const refused = await start([...args, '--regenerate-expired', '--max-cost', '1'], env).done;
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/for 8 jobs exceeds --max-cost/);
    expect(sim.stats.requests.length).toBe(requests);
    const redone = await start([...args, '--regenerate-expired'], env).done;
    expect(redone.code).toBe(0);
    expect(sim.stats.billedCreates).toBe(2 * JOBS);
    const final = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
    expect(final.summary.completed).toBe(JOBS);
    expect(final.jobs[0].decisions.join(' ')).toMatch(/expired before an earlier run downloaded it; creating it again/);
  });
});
