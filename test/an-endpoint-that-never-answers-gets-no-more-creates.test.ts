import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stoppedLines } from '../src/cli-outcome.js';
import { runFast, useResources, writeManifest } from './helpers.js';
import { useHostile } from './hostile-server.js';

const jobs = (n: number): string => Array.from({ length: n }, (_, i) => `- {id: j${i}, prompt: "clip ${i}"}\n`).join('');

describe('a gateway that accepts connections and never answers', () => {
  const use = useResources();
  const serve = useHostile();

  it('after 3 timeouts in a row no more creates go there; what was in flight ends, the rest are "not started", and a warning names the endpoint', { timeout: 60_000 }, async () => {
    const server = await serve(() => undefined); // reads every request, answers none
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', jobs(6));
    const result = await runFast(
      { manifest, outDir: join(t.dir, 'out'), concurrency: 2, baseUrl: `${server.url}/v1`, preflight: false, requestTimeoutMs: 200, retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 50 } },
      { OPENAI_API_KEY: 'sk-test-key-0123456789' },
    );
    // Two creates were in flight when the endpoint timed out three times (two creates, one list).
    expect(server.hits.filter((h) => h.method === 'POST')).toHaveLength(2);
    const report = result.report!;
    expect(report.jobs.filter((j) => j.attempts === 1).map((j) => j.error?.code)).toEqual(['submit_uncertain', 'submit_uncertain']);
    const stopped = report.jobs.filter((j) => j.attempts === 0);
    expect(stopped).toHaveLength(4);
    for (const job of stopped) {
      expect(job).toMatchObject({ status: 'failed', error: { code: 'endpoint_unresponsive' } });
      expect(job.error!.message).toMatch(new RegExp(`^not started: openai at ${server.url}/v1 timed out 3 times in a row`));
    }
    expect(result.log.filter((line) => line.startsWith('warning: ') && line.includes('timed out 3 times in a row'))).toHaveLength(1);
  });

  it('a stop counts the creates that went out without an answer apart from the jobs never started', { timeout: 60_000 }, async () => {
    const server = await serve(() => undefined);
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', jobs(5));
    const stop = new AbortController();
    const watcher = setInterval(() => {
      if (server.hits.filter((h) => h.method === 'POST').length >= 4) stop.abort(new Error('SIGINT'));
    }, 5);
    const result = await runFast({ manifest, outDir: join(t.dir, 'out'), concurrency: 4, baseUrl: `${server.url}/v1`, preflight: false }, { OPENAI_API_KEY: 'sk-test-key-0123456789' }, stop.signal);
    clearInterval(watcher);
    expect(server.hits.filter((h) => h.method === 'POST')).toHaveLength(4);
    const [line] = stoppedLines(result.report!, 'SIGINT', 'video-batch run m.yaml');
    expect(line).toBe('stopped by SIGINT: no job ended, 4 created without an answer yet (a re-run looks for their videos before creating again), 1 not started');
  });
});
