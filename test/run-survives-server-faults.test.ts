import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fault, Simulator } from '../src/simulate.js';
import { runAgainst, serverBytes, useResources, writeManifest } from './helpers.js';

interface ReportJob {
  id: string;
  status: string;
  videoId: string | null;
  file: string | null;
  attempts: number;
  decisions: string[];
  error: { code: string; message: string } | null;
}

describe('retries: 429, 5xx and dropped connections', () => {
  const use = useResources();

  async function runWith(faults: Fault[], prompts = ['A red fox running through snow', 'A sports car on a podium']) {
    const sim = await use.simulator({ faults });
    const t = await use.folder();
    const body = prompts.map((p, i) => `  - {id: job${i + 1}, prompt: "${p}"}`).join('\n');
    const manifest = await writeManifest(t.dir, 'm.yaml', `jobs:\n${body}\n`);
    const outDir = join(t.dir, 'out');
    const result = await runAgainst(sim, { manifest, outDir, concurrency: 2 });
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as { jobs: ReportJob[] };
    return { result, report, outDir, sim };
  }

  async function expectAllVideosExact(outDir: string, jobs: ReportJob[], s: Simulator) {
    for (const job of jobs) {
      expect(job.status).toBe('completed');
      const onDisk = await readFile(join(outDir, job.file!));
      expect(onDisk.equals(await serverBytes(s, job.videoId!))).toBe(true);
    }
    // No temporary file is left behind.
    expect((await readdir(join(outDir, 'videos'))).filter((f) => !f.endsWith('.mp4'))).toEqual([]);
  }

  it('waits out Retry-After on a 429 create, then creates each video exactly once', async () => {
    const { result, report, outDir, sim: s } = await runWith([{ route: 'create', kind: 'rate_limit', times: 2, retryAfterSeconds: 1 }]);
    expect(result.exitCode).toBe(0);
    expect(s.stats.billedCreates).toBe(2);
    const creates = s.stats.requests.filter((r) => r.route === 'create');
    expect(creates.map((r) => r.status)).toEqual([429, 429, 200, 200]);
    // The retries went out no sooner than the server asked (one pause shared by both jobs).
    const firstRefusal = creates[0]!.at;
    for (const retry of creates.slice(2)) expect(retry.at - firstRefusal).toBeGreaterThanOrEqual(950);
    expect(report.jobs.map((j) => j.attempts).reduce((a, b) => a + b)).toBe(4);
    expect(report.jobs.some((j) => j.decisions.some((d) => d.includes('429')))).toBe(true);
    await expectAllVideosExact(outDir, report.jobs, s);
  });

  it('retries a 429 and 5xx on the status list without a second create', async () => {
    const { result, report, outDir, sim: s } = await runWith([
      { route: 'list', kind: 'rate_limit', times: 1, retryAfterSeconds: 0 },
      { route: 'list', kind: 'server_error', times: 2 },
      { route: 'list', kind: 'unavailable', times: 1 },
    ]);
    expect(result.exitCode).toBe(0);
    expect(s.stats.billedCreates).toBe(2);
    expect(s.stats.requests.filter((r) => r.route === 'list' && r.status >= 429).length).toBe(4);
    await expectAllVideosExact(outDir, report.jobs, s);
  });

  it('on a gateway without the list endpoint, polls each job and retries a 429 and 5xx on retrieve', async () => {
    const sim = await use.simulator({
      supportsList: false,
      faults: [
        { route: 'retrieve', kind: 'rate_limit', times: 1, retryAfterSeconds: 0 },
        { route: 'retrieve', kind: 'server_error', times: 2 },
        { route: 'retrieve', kind: 'drop', times: 1 },
      ],
    });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {prompt: A fox}\n- {prompt: A car}\n');
    const outDir = join(t.dir, 'out');
    const result = await runAgainst(sim, { manifest, outDir });
    expect(result.exitCode).toBe(0);
    expect(sim.stats.billedCreates).toBe(2);
    const retrieves = sim.stats.requests.filter((r) => r.route === 'retrieve');
    expect(retrieves.filter((r) => r.status !== 200).length).toBe(4);
    // The preflight's list, then the poller's first: it stopped asking after that 404.
    expect(sim.stats.requests.filter((r) => r.route === 'list').length).toBe(2);
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as { jobs: ReportJob[] };
    await expectAllVideosExact(outDir, report.jobs, sim);
  });

  it('retries a 5xx download and a connection dropped mid-download, never leaving a half-written .mp4', async () => {
    const { result, report, outDir, sim: s } = await runWith([
      { route: 'content', kind: 'server_error', times: 1 },
      { route: 'content', kind: 'truncate', times: 1 },
      { route: 'content', kind: 'drop', times: 1 },
    ]);
    expect(result.exitCode).toBe(0);
    expect(s.stats.requests.filter((r) => r.route === 'content').length).toBeGreaterThanOrEqual(5);
    await expectAllVideosExact(outDir, report.jobs, s);
  });

  it('after a create whose answer was lost, adopts the video the server made instead of paying twice', async () => {
    const { result, report, sim: s } = await runWith([{ route: 'create', kind: 'accept_then_drop', times: 1, match: 'fox' }]);
    expect(result.exitCode).toBe(0);
    expect(s.stats.billedCreates).toBe(2);
    const fox = report.jobs.find((j) => j.id === 'job1')!;
    expect(fox.status).toBe('completed');
    expect(fox.decisions.join(' ')).toMatch(/adopted/);
    expect(s.stats.requests.some((r) => r.route === 'list')).toBe(true);
  });

  it('adopts a lost create whose prompt looks like a credential: the prompts a list states are compared unredacted', async () => {
    const prompt = 'A neon sign that reads sk-abcdefghijklmnopqrstuvwxyz0123456789';
    const { result, report, sim: s } = await runWith([{ route: 'create', kind: 'accept_then_drop', times: 1, match: 'neon' }], [prompt, 'A sports car on a podium']);
    expect(result.exitCode).toBe(0);
    expect(s.stats.billedCreates).toBe(2);
    expect(report.jobs.find((j) => j.id === 'job1')!.decisions.join(' ')).toMatch(/adopted/);
  });

  it('after a 500 on create with no video made, looks, finds none, and creates again', async () => {
    const { result, report, sim: s } = await runWith([{ route: 'create', kind: 'server_error', times: 1, match: 'fox' }]);
    expect(result.exitCode).toBe(0);
    expect(s.stats.billedCreates).toBe(2);
    const fox = report.jobs.find((j) => j.id === 'job1')!;
    expect(fox.attempts).toBe(2);
    expect(fox.decisions.join(' ')).toMatch(/so it made none; creating it again/);
  });

  it('when the gateway cannot list videos, an ambiguous create fails as submit_uncertain instead of risking a second bill', async () => {
    const sim = await use.simulator({ supportsList: false, faults: [{ route: 'create', kind: 'accept_then_drop', times: 1, match: 'fox' }] });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', `- {id: fox, prompt: A red fox running through snow}\n`);
    const result = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out') });
    expect(result.exitCode).toBe(1);
    expect(sim.stats.billedCreates).toBe(1);
    expect(sim.stats.requests.filter((r) => r.route === 'create').length).toBe(1);
    const job = result.report!.jobs[0]!;
    expect(job.error?.code).toBe('submit_uncertain');
    expect(job.decisions.join(' ')).toMatch(/never paid for twice/);
  });
});
