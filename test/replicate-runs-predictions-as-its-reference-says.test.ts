import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useResources } from './helpers.js';
import { writePng } from './provider-support.js';
import { FIXTURE_VIDEO, runOnReplicate, startReplicateApi, type ReplicateApi, type ReplicateApiOptions } from './fixtures/replicate-api.js';

describe('provider replicate against an API that answers as Replicate\'s reference says', () => {
  const use = useResources();
  const apis: ReplicateApi[] = [];
  const api = async (options: ReplicateApiOptions = {}): Promise<ReplicateApi> => {
    const started = await startReplicateApi(options);
    apis.push(started);
    return started;
  };
  afterEach(async () => {
    await Promise.all(apis.splice(0).map((a) => a.close()));
  });

  it('runs an official model by name and a pinned version through /predictions, each input in the model\'s own names, and downloads from the output host without the key', async () => {
    const a = await api();
    const t = await use.folder();
    const png = await writePng(t.dir, 'first.png');
    const yaml = [
      'defaults: {provider: replicate}',
      'jobs:',
      '  - {id: fox, model: google/veo-3.1-fast, seconds: 8, size: 1280x720, prompt: A red fox in snow}',
      `  - {id: car, model: "kwaivgi/kling-v2.5-turbo-pro:5f2c1d", seconds: 5, size: 720x1280, input_reference: ${png}, prompt: A car on a podium}`,
      '',
    ].join('\n');
    const { result, report, outDir } = await runOnReplicate(a, t.dir, yaml);
    expect(result.exitCode).toBe(0);
    expect(a.predictions).toHaveLength(2);

    const creates = a.requests.filter((r) => r.method === 'POST');
    const official = creates.find((r) => r.path === '/v1/models/google/veo-3.1-fast/predictions');
    expect(official?.body).toEqual({ input: { prompt: 'A red fox in snow', duration: 8, aspect_ratio: '16:9', resolution: '720p' } });
    const pinned = creates.find((r) => r.path === '/v1/predictions');
    // Kling takes its first frame as start_image and has no resolution field.
    expect(pinned?.body).toEqual({
      version: 'kwaivgi/kling-v2.5-turbo-pro:5f2c1d',
      input: { prompt: 'A car on a podium', duration: 5, aspect_ratio: '9:16', start_image: expect.stringMatching(/^data:image\/png;base64,iVBOR/) },
    });
    // Never the blocking mode: every create answers at once and is polled.
    expect(creates.every((r) => r.prefer === undefined)).toBe(true);
    // Each model's published schema first (the run's discovery), then the preflight, then the creates.
    expect(a.requests.slice(0, 3).map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/models/google/veo-3.1-fast',
      'GET /v1/models/kwaivgi/kling-v2.5-turbo-pro/versions/5f2c1d',
      'GET /v1/account',
    ]);
    expect(a.requests.every((r) => r.authorization === 'Bearer r8-test-token')).toBe(true);
    expect(a.requests.some((r) => r.method === 'GET' && /^\/v1\/predictions\/p\d/.test(r.path))).toBe(true);

    expect(a.fileRequests).toHaveLength(2);
    expect(a.fileRequests.every((r) => r.authorization === undefined)).toBe(true);
    for (const job of report.jobs) {
      expect(job).toMatchObject({ provider: 'replicate', status: 'completed', rawStatus: 'succeeded', attempts: 1, error: null });
      expect((await readFile(join(outDir, job.file!))).equals(FIXTURE_VIDEO)).toBe(true);
    }
  });

  it.each(['list', 'object'] as const)('finds the video in an output that is a %s', async (output) => {
    const a = await api({ output });
    const t = await use.folder();
    const { result, report } = await runOnReplicate(a, t.dir, '- {id: fox, provider: replicate, model: google/veo-3.1-fast, prompt: A red fox}\n');
    expect(result.exitCode).toBe(0);
    expect(report.jobs[0]).toMatchObject({ status: 'completed', file: expect.any(String) });
    expect(a.fileRequests).toHaveLength(1);
  });

  it('a failed prediction ends the job with the prediction\'s error', async () => {
    const a = await api({ failWith: { match: 'doomed', error: 'E005: the input or output was flagged as sensitive' } });
    const t = await use.folder();
    const { result, report } = await runOnReplicate(a, t.dir, '- {id: fox, provider: replicate, model: google/veo-3.1-fast, prompt: A doomed fox}\n');
    expect(result.exitCode).not.toBe(0);
    expect(report.jobs[0]).toMatchObject({
      status: 'failed',
      rawStatus: 'failed',
      file: null,
      error: { code: 'prediction_failed', message: 'E005: the input or output was flagged as sensitive' },
    });
    expect(a.fileRequests).toHaveLength(0);
  });

  it('an error body ({title, detail, status}) becomes the job\'s error in the server\'s words, sent once', async () => {
    const detail = '- input.duration: duration must be one of the following: 4, 6, 8';
    // A model whose answer carries no input schema: nothing to check against, so the create is what refuses.
    const a = await api({ creates: [{ status: 422, body: { title: 'Input validation failed', detail, status: 422 } }], schemas: { 'owner/unknown-model': {} } });
    const t = await use.folder();
    const { report } = await runOnReplicate(a, t.dir, '- {id: fox, provider: replicate, model: owner/unknown-model, seconds: 7, prompt: A red fox}\n');
    expect(report.jobs[0]!.status).toBe('failed');
    expect(report.jobs[0]!.error!.message).toBe(detail);
    expect(a.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it.each([
    { hint: 'the wait its detail names', answer: { status: 429, body: { detail: 'Request was throttled. Your rate limit resets in ~1s.' } } },
    { hint: 'retry_after in the body', answer: { status: 429, body: { title: 'Request was throttled', detail: 'Request was throttled.', status: 429, retry_after: 1 } } },
    { hint: 'a Retry-After header', answer: { status: 429, body: { detail: 'Request was throttled.' }, headers: { 'retry-after': '1' } } },
  ])('a 429 is waited out by $hint, then created once', async ({ answer }) => {
    const a = await api({ creates: [answer] });
    const t = await use.folder();
    const { result, report } = await runOnReplicate(a, t.dir, '- {id: fox, provider: replicate, model: google/veo-3.1-fast, prompt: A red fox}\n');
    expect(result.exitCode).toBe(0);
    expect(report.jobs[0]).toMatchObject({ status: 'completed' });
    const creates = a.requests.filter((r) => r.method === 'POST');
    expect(creates).toHaveLength(2);
    expect(a.predictions).toHaveLength(1);
    // The test's own backoff is 10 ms: only the server's hint explains a wait of a second.
    expect(creates[1]!.at - creates[0]!.at).toBeGreaterThanOrEqual(900);
  });
});
