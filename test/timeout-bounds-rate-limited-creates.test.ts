import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run, type RunOptions } from '../src/run.js';
import { FakeClock } from './fake-clock.js';
import { startSloppyGateway, type SloppyGateway } from './fixtures/sloppy-gateway.js';
import { useResources, writeManifest } from './helpers.js';

describe('--timeout bounds a create the API keeps rate limiting', () => {
  const use = useResources();
  const gateways: SloppyGateway[] = [];
  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((gw) => gw.close()));
  });

  it('Retry-After: 999999 waits at most 300 s at a time (and says so), and the job ends timed_out at its deadline; the next run creates it', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: fox, prompt: A red fox running through snow}\n');
    const outDir = join(t.dir, 'out');
    const limited = await startSloppyGateway(sim.origin, { create: () => ({ status: 429, headers: { 'retry-after': '999999' } }) });
    gateways.push(limited);
    const options: RunOptions = { manifest, outDir, concurrency: 1, dryRun: false, download: false, timeoutSeconds: 900, failOn: 'any', simulate: false, baseUrl: limited.url };
    const retries: string[] = [];
    const deps = { env: { OPENAI_API_KEY: 'sk-test' }, log: () => undefined, print: () => undefined };

    // Virtual time: the clock jumps to the next sleep whenever nothing else is going on.
    const clock = new FakeClock();
    let settled = false;
    const running = run(options, { ...deps, clock, events: [{ onRetry: (_job, _what, reason) => void retries.push(reason) }] }).finally(() => (settled = true));
    while (!settled) {
      await clock.run(Number.MAX_SAFE_INTEGER);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const job = (await running).report!.jobs[0]!;
    expect(job).toMatchObject({ status: 'timed_out', error: { code: 'timeout' }, videoId: null });
    expect(job.durationMs).toBeLessThanOrEqual(900_000);
    expect(limited.creates()).toBe(3);
    expect(sim.stats.billedCreates).toBe(0);
    expect(job.decisions).toEqual([
      "this job's --timeout passed while its next create waited to be sent (rate limit or backoff); it was not sent",
      "create answered 429 3 time(s), creating nothing; waited and tried again 2 time(s) (the server asked to wait up to 999999 s; one wait is capped at 300 s)",
    ]);
    expect(retries[0]).toMatch(/the server asked to wait 999999 s; one wait is capped at 300 s/);

    // Nothing was made, so nothing is in doubt: the next run creates it at once.
    const fine = await startSloppyGateway(sim.origin, {});
    gateways.push(fine);
    const again = await run({ ...options, baseUrl: fine.url, poll: { minIntervalMs: 10, maxIntervalMs: 100 } }, deps);
    expect(again.report!.jobs[0]).toMatchObject({ status: 'completed', attempts: 1, decisions: [] });
    expect(sim.stats.billedCreates).toBe(1);
  });
});
