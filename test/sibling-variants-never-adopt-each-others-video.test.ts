import { afterEach, describe, expect, it } from 'vitest';
import { judgeRecent } from '../src/runner/reconcile.js';
import type { JobSpec } from '../src/types.js';
import { useResources } from './helpers.js';
import { runOnReplicate, startReplicateApi, type ReplicateApi, type ReplicateApiOptions } from './fixtures/replicate-api.js';

const SIBLINGS = `matrix:
  params: [{seed: 1}, {seed: 2}]
jobs:
  - {id: fox, provider: replicate, model: google/veo-3.1-fast, prompt: A red fox in snow}
`;

describe('a lost create adopts only a video whose every stated field is its own', () => {
  const use = useResources();
  const apis: ReplicateApi[] = [];
  const api = async (options: ReplicateApiOptions): Promise<ReplicateApi> => {
    const started = await startReplicateApi(options);
    apis.push(started);
    return started;
  };
  afterEach(async () => {
    await Promise.all(apis.splice(0).map((a) => a.close()));
  });
  const seedOf = (a: ReplicateApi, id: string | null) => a.predictions.find((p) => p.id === id)?.input.seed;

  it.each([
    ['in the order sent', ['create-then-drop', 'create-then-drop'] as const],
    // Seed 2's create is lost first, so it looks first, while seed 1's prediction is the oldest.
    ['seed 2 lost before seed 1', ['create-then-drop-late', 'create-then-drop'] as const],
  ])('matrix seeds 1 and 2, both creates lost after the server made them (%s): each seed is made once and each job adopts its own', async (_order, creates) => {
    const a = await api({ creates: [...creates] });
    const t = await use.folder();
    const { result, report } = await runOnReplicate(a, t.dir, SIBLINGS);
    expect(a.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(a.predictions.map((p) => p.input.seed).sort()).toEqual([1, 2]);
    expect(result.exitCode).toBe(0);
    const [one, two] = report.jobs;
    expect(one).toMatchObject({ id: 'fox@seed-1', status: 'completed' });
    expect(two).toMatchObject({ id: 'fox@seed-2', status: 'completed' });
    expect(seedOf(a, one!.videoId)).toBe(1);
    expect(seedOf(a, two!.videoId)).toBe(2);
  });

  it('an unowned prediction of the same prompt and model with another seed, older than the lost one, is left alone', async () => {
    const a = await api({ creates: ['ok', 'create-then-drop'] });
    // Someone else's seed 2 (another folder, a teammate), made just before this run.
    const made = await fetch(`${a.url}/models/google/veo-3.1-fast/predictions`, {
      method: 'POST',
      headers: { authorization: 'Bearer r8-test-token', 'content-type': 'application/json' },
      body: JSON.stringify({ input: { prompt: 'A red fox in snow', seed: 2 } }),
    });
    expect(made.status).toBe(201);
    const t = await use.folder();
    const { result, report } = await runOnReplicate(a, t.dir, '- {id: fox, provider: replicate, model: google/veo-3.1-fast, prompt: A red fox in snow, params: {seed: 1}}\n');
    expect(result.exitCode).toBe(0);
    expect(a.predictions).toHaveLength(2);
    const job = report.jobs[0]!;
    expect(job.status).toBe('completed');
    expect(seedOf(a, job.videoId)).toBe(1);
    expect(job.decisions.join(' ')).toContain('the same request fields ("prompt", "seed")');
  });
});

describe('judgeRecent compares every request field the list states', () => {
  const job: JobSpec = { id: 'fox', prompt: 'A fox', provider: 'replicate', model: 'google/veo-3.1-fast', params: { seed: 1 }, source: { file: 'm.yaml', line: 1 } };
  const span = { sinceMs: 1_000_000, untilMs: 1_001_000 };
  const listed = (id: string, request: Record<string, unknown>) => ({ id, createdAtMs: 1_000_500, prompt: 'A fox', model: 'google/veo-3.1-fast', request });
  const sent = { prompt: 'A fox', seed: 1, duration: 8, image: 'data:image/png;base64,AAAA' };

  it('a video that differs in any stated field (seed, duration, image) is ruled out', () => {
    for (const other of [{ seed: 2 }, { duration: 4 }, { image: 'data:image/png;base64,BBBB' }]) {
      const verdict = judgeRecent(job, { videos: [listed('p1', { ...sent, ...other })], truncated: false, sent }, span, new Set());
      expect(verdict).toEqual({ kind: 'none', checked: 1 });
    }
  });

  it('a field stated on one side only leaves the video a candidate: uncertain, never adopted', () => {
    const { image: _image, ...withoutImage } = sent;
    const verdict = judgeRecent(job, { videos: [listed('p1', withoutImage)], truncated: false, sent }, span, new Set());
    expect(verdict).toMatchObject({ kind: 'uncertain', candidates: [{ id: 'p1', unstated: ['"image"'] }] });
  });

  it('a list that states no params (the OpenAI shape): two matches for a job with params are uncertain, one is adopted saying so', () => {
    const bare = (id: string, at: number) => ({ id, createdAtMs: at, prompt: 'A fox', model: 'google/veo-3.1-fast' });
    const two = judgeRecent(job, { videos: [bare('v2', 1_000_600), bare('v1', 1_000_500)], truncated: false }, span, new Set());
    expect(two).toMatchObject({ kind: 'uncertain', candidates: [{ id: 'v2', unstated: ['params'] }, { id: 'v1', unstated: ['params'] }] });
    const one = judgeRecent(job, { videos: [bare('v1', 1_000_500)], truncated: false }, span, new Set());
    expect(one).toMatchObject({ kind: 'adopt', id: 'v1', evidence: expect.stringContaining('(params not stated by the list)') });
  });

  it('values compare whatever the order of their keys', () => {
    const nested = { ...sent, extra: { b: 1, a: 2 } };
    const verdict = judgeRecent(job, { videos: [listed('p1', { ...sent, extra: { a: 2, b: 1 } })], truncated: false, sent: nested }, span, new Set());
    expect(verdict).toMatchObject({ kind: 'adopt', id: 'p1' });
  });
});
