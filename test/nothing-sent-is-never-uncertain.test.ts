import { unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { readFileSync } from 'node:fs';
import { startSloppyGateway, type SloppyGateway } from './fixtures/sloppy-gateway.js';
import { runAgainst, useResources, writeManifest } from './helpers.js';

/** A port on 127.0.0.1 that nothing listens on (taken, then released). */
async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const MANIFEST = '- {id: fox, prompt: A red fox running through snow}\n';

describe('a create that provably made nothing never leaves the job uncertain', () => {
  const use = useResources();
  const gateways: SloppyGateway[] = [];
  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((gw) => gw.close()));
  });

  /** The job's first run against `baseUrl`, then a second against a server that cannot list. */
  async function failThenRerun(baseUrl: string): Promise<{ first: Awaited<ReturnType<typeof runAgainst>>; second: Awaited<ReturnType<typeof runAgainst>>; billed: number }> {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const outDir = join(t.dir, 'out');
    const unused = await use.simulator();
    // Past the preflight (which would stop the run at once): the create itself meets the dead end.
    const first = await runAgainst(unused, { manifest, outDir, baseUrl, preflight: false });
    // The next run's server cannot list videos: a run that still doubted the first create would end submit_uncertain.
    const sim = await use.simulator({ supportsList: false });
    const second = await runAgainst(sim, { manifest, outDir, variants: [] });
    return { first, second, billed: sim.stats.billedCreates };
  }

  it('a refused connection fails the job as connection_refused (ECONNREFUSED), and the next run simply creates it', async () => {
    const { first, second, billed } = await failThenRerun(`http://127.0.0.1:${await refusedPort()}/v1`);
    const job = first.report!.jobs[0]!;
    expect(job).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'connection_refused' } });
    expect(job.error!.message).toMatch(/ECONNREFUSED/);
    expect(job.decisions.join(' ')).not.toMatch(/uncertain|may have/);
    expect(second.report!.jobs[0]).toMatchObject({ status: 'completed', attempts: 1 });
    expect(second.report!.jobs[0]!.decisions).toEqual([]);
    expect(billed).toBe(1);
  });

  it('an unknown host fails the job as dns_error (ENOTFOUND), and the next run simply creates it', async () => {
    const { first, second, billed } = await failThenRerun('http://video-batch-nowhere.invalid/v1');
    const job = first.report!.jobs[0]!;
    expect(job).toMatchObject({ status: 'failed', error: { code: 'dns_error' } });
    expect(job.error!.message).toMatch(/ENOTFOUND/);
    expect(second.report!.jobs[0]).toMatchObject({ status: 'completed', attempts: 1 });
    expect(billed).toBe(1);
  });

  it("a port fetch refuses to dial (9, on the browsers' blocked list) fails the job as blocked_port, and the next run simply creates it", async () => {
    const { first, second, billed } = await failThenRerun('http://127.0.0.1:9/v1');
    const job = first.report!.jobs[0]!;
    expect(job).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'blocked_port' } });
    expect(job.decisions.join(' ')).not.toMatch(/uncertain|may have/);
    expect(second.report!.jobs[0]).toMatchObject({ status: 'completed', attempts: 1 });
    expect(billed).toBe(1);
  });

  it('a create refused with a 4xx made nothing: the next run creates it without doubting', async () => {
    const upstream = await use.simulator();
    const gw = await startSloppyGateway(upstream.origin, { create: () => ({ status: 400 }) });
    gateways.push(gw);
    const { first, second, billed } = await failThenRerun(gw.url);
    expect(first.report!.jobs[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(first.report!.jobs[0]!.error!.code).not.toBe('submit_uncertain');
    expect(second.report!.jobs[0]).toMatchObject({ status: 'completed', attempts: 1 });
    expect(billed).toBe(1);
    expect(upstream.stats.billedCreates).toBe(0);
  });

  it('an input image that cannot be read sends nothing and records nothing: the next run creates the job', async () => {
    const t = await use.folder();
    const image = join(t.dir, 'first-frame.png');
    const png = readFileSync(new URL('../examples/images/product.png', import.meta.url));
    await writeFile(image, png);
    const manifest = await writeManifest(t.dir, 'm.yaml', `- {id: lake, prompt: A calm lake}\n- {id: frame, prompt: A red fox, input_reference: first-frame.png}\n`);
    const outDir = join(t.dir, 'out');
    const sim = await use.simulator({ supportsList: false });
    const options = {
      manifest,
      outDir,
      concurrency: 1,
      dryRun: false,
      download: false,
      timeoutSeconds: 30,
      failOn: 'any' as const,
      simulate: false,
      baseUrl: sim.url,
      poll: { minIntervalMs: 10, maxIntervalMs: 100 },
      retry: { baseDelayMs: 10, maxDelayMs: 200 },
    };
    const deps = { env: { OPENAI_API_KEY: 'sk-test' }, log: () => undefined, print: () => undefined };
    // The image goes away after the manifest was read, before the job's create is built.
    const first = await run(options, { ...deps, events: [{ onJobSubmitted: (job) => void (job.id === 'lake' && unlink(image)) }] });
    const frame = first.report!.jobs[1]!;
    expect(frame.status).toBe('failed');
    expect(frame.attempts).toBe(0);
    expect(frame.error!.code).not.toBe('submit_uncertain');
    expect(sim.stats.billedCreates).toBe(1);

    await writeFile(image, png);
    const second = await run(options, deps);
    expect(second.report!.jobs.map((j) => j.status)).toEqual(['skipped', 'completed']);
    expect(sim.stats.billedCreates).toBe(2);
  });
});
