import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runFast, useResources, writeManifest } from './helpers.js';
import { json, useHostile } from './hostile-server.js';
import { runOnReplicate, startReplicateApi, type ReplicateApi, type ReplicateApiOptions } from './fixtures/replicate-api.js';

const REFUSED = { status: 401, body: { title: 'Unauthenticated', detail: 'You did not pass a valid authentication token', status: 401 } };
const jobs = (n: number, fields: string): string => Array.from({ length: n }, (_, i) => `- {id: j${i}, ${fields}prompt: "clip ${i}"}\n`).join('');

describe('the first 401 or 403 on a create stops creating on that endpoint', () => {
  const use = useResources();
  const serve = useHostile();
  const apis: ReplicateApi[] = [];
  const api = async (options: ReplicateApiOptions): Promise<ReplicateApi> => {
    const started = await startReplicateApi(options);
    apis.push(started);
    return started;
  };
  afterEach(async () => {
    await Promise.all(apis.splice(0).map((a) => a.close()));
  });

  it('replicate: one refused create, the other jobs end "not started: key refused", and the run exits 2 (nothing was made)', async () => {
    // The preflight's read passes (the token may read, not create), then the first create is refused.
    const a = await api({ creates: [REFUSED, REFUSED, REFUSED, REFUSED, REFUSED] });
    const t = await use.folder();
    const { result, report, log } = await runOnReplicate(a, t.dir, jobs(5, 'provider: replicate, model: google/veo-3.1-fast, '));
    // Two run at once: the second create may leave before the first is refused; no more do.
    const posts = a.requests.filter((r) => r.method === 'POST').length;
    expect(posts).toBeLessThanOrEqual(2);
    expect(result.exitCode).toBe(2);
    expect(report.jobs.map((j) => j.status)).toEqual(['failed', 'failed', 'failed', 'failed', 'failed']);
    // The refused create keeps the server's own words; the jobs never sent say why.
    expect(report.jobs.slice(0, posts).map((j) => j.error)).toEqual(Array(posts).fill({ code: 'auth', message: 'You did not pass a valid authentication token' }));
    const notStarted = report.jobs.filter((j) => j.error!.message.startsWith('not started: '));
    expect(notStarted).toHaveLength(5 - posts);
    expect(notStarted.every((j) => j.error?.code === 'key_refused')).toBe(true);
    expect(notStarted[0]!.error!.message).toContain(`replicate at ${a.url} refused the key in REPLICATE_API_TOKEN on a create (HTTP 401`);
    expect(log.filter((line) => line.startsWith('warning: ') && line.includes('refused the key'))).toHaveLength(1);
  });

  it('openai shape through the SDK: a 403 on create stops the others at once (two creates at most with two in flight)', async () => {
    const server = await serve((req, res) => {
      if (req.method === 'POST') return json(res, 403, { error: { message: 'this key may not create videos', type: 'permission_error' } });
      return json(res, 200, { object: 'list', data: [], has_more: false });
    });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', jobs(6, ''));
    const result = await runFast({ manifest, outDir: join(t.dir, 'out'), concurrency: 2, baseUrl: `${server.url}/v1` }, { OPENAI_API_KEY: 'sk-test-key-0123456789' });
    expect(server.hits.filter((h) => h.method === 'POST').length).toBeLessThanOrEqual(2);
    expect(result.exitCode).toBe(2);
    expect(result.report!.jobs.every((j) => j.status === 'failed')).toBe(true);
    expect(result.report!.jobs.filter((j) => j.error?.code === 'key_refused').length).toBeGreaterThanOrEqual(4);
    expect(result.log.join('\n')).toContain(`warning: openai at ${server.url}/v1 refused the key in OPENAI_API_KEY`);
  });

  it('a key refused after a video was made: the rest are not started, and the exit code is the usual 1', async () => {
    const a = await api({ creates: ['ok', REFUSED] });
    const t = await use.folder();
    const { result, report } = await runOnReplicate(a, t.dir, jobs(3, 'provider: replicate, model: google/veo-3.1-fast, '));
    // Two run at once: the first two creates may both leave; the third never does.
    expect(a.requests.filter((r) => r.method === 'POST').length).toBeLessThanOrEqual(2);
    expect(report.jobs.filter((j) => j.status === 'completed')).toHaveLength(1);
    expect(report.jobs.filter((j) => j.status === 'failed')).toHaveLength(2);
    expect(report.jobs[2]!.error).toMatchObject({ code: 'key_refused', message: expect.stringMatching(/^not started: replicate at .* refused the key/) });
    expect(result.exitCode).toBe(1);
  });
});
