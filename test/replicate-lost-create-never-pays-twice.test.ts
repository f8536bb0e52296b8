import { afterEach, describe, expect, it } from 'vitest';
import { useResources } from './helpers.js';
import { runOnReplicate, startReplicateApi, type ReplicateApi, type ReplicateApiOptions } from './fixtures/replicate-api.js';

describe('provider replicate: a create with no clear answer is found in the recent list, or left alone', () => {
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
  const posts = (a: ReplicateApi) => a.requests.filter((r) => r.method === 'POST');

  it.each([
    { model: 'google/veo-3.1-fast', create: 'create-then-500' as const },
    { model: '"bytedance/seedance-1-pro:9a1b2c"', create: 'create-then-drop' as const },
  ])('$create on $model: the list states its prompt, model and time, so the prediction is adopted, made once', async ({ model, create }) => {
    const a = await api({ creates: [create] });
    const t = await use.folder();
    const { result, report } = await runOnReplicate(a, t.dir, `- {id: fox, provider: replicate, model: ${model}, seconds: 4, prompt: A red fox in snow}\n`);
    expect(result.exitCode).toBe(0);
    expect(posts(a)).toHaveLength(1);
    expect(a.predictions).toHaveLength(1);
    const job = report.jobs[0]!;
    expect(job).toMatchObject({ status: 'completed', videoId: a.predictions[0]!.id });
    expect(job.decisions.join(' ')).toContain(`the list shows ${a.predictions[0]!.id} with the same prompt, model and seconds`);
    expect(a.requests.some((r) => r.method === 'GET' && r.path === '/v1/predictions')).toBe(true);
  });

  it('a dropped create and a list without input: submit_uncertain, never created again', async () => {
    const a = await api({ creates: ['create-then-drop'], listHasInput: false });
    const t = await use.folder();
    const { report } = await runOnReplicate(a, t.dir, '- {id: fox, provider: replicate, model: google/veo-3.1-fast, prompt: A red fox in snow}\n');
    expect(posts(a)).toHaveLength(1);
    expect(a.predictions).toHaveLength(1);
    const job = report.jobs[0]!;
    expect(job).toMatchObject({ status: 'failed', videoId: null, error: { code: 'submit_uncertain' } });
    expect(job.error!.message).toContain(a.predictions[0]!.id);
    expect(job.decisions.join(' ')).toMatch(/does not state the prompt/);
  });

  it('a 500 that made nothing: the list proves it, and the prediction is created again (one paid)', async () => {
    const a = await api({ creates: [{ status: 500, body: { detail: 'Internal server error' } }] });
    const t = await use.folder();
    const { result, report } = await runOnReplicate(a, t.dir, '- {id: fox, provider: replicate, model: google/veo-3.1-fast, prompt: A red fox in snow}\n');
    expect(result.exitCode).toBe(0);
    expect(posts(a)).toHaveLength(2);
    expect(a.predictions).toHaveLength(1);
    expect(report.jobs[0]).toMatchObject({ status: 'completed' });
  });
});
