import OpenAI, { toFile } from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../src/simulate.js';

const T0 = 1_700_000_000_000;
let now = T0;
let sim: Simulator | undefined;

async function setup(options: SimulatorOptions = {}): Promise<{ sim: Simulator; client: OpenAI }> {
  now = T0;
  sim = await startSimulator({ now: () => now, queueMs: 300, generationMs: 1000, ...options });
  return { sim, client: new OpenAI({ apiKey: 'sk-test', baseURL: sim.url, maxRetries: 0 }) };
}

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('simulated video lifecycle', () => {
  it('goes queued -> in_progress with rising progress -> completed, on the injected clock', async () => {
    const { client } = await setup();
    const created = await client.videos.create({ prompt: 'a red fox in snow' });
    expect(created).toMatchObject({ object: 'video', status: 'queued', progress: 0, model: 'sora-2', seconds: '4', size: '720x1280' });
    expect(created.id).toMatch(/^video_[0-9a-f]{48}$/);
    expect(created.created_at).toBe(T0 / 1000);
    expect(created.completed_at).toBeNull();

    now = T0 + 299;
    expect((await client.videos.retrieve(created.id)).status).toBe('queued');
    now = T0 + 300 + 250;
    const early = await client.videos.retrieve(created.id);
    now = T0 + 300 + 750;
    const late = await client.videos.retrieve(created.id);
    expect(early).toMatchObject({ status: 'in_progress', progress: 25 });
    expect(late).toMatchObject({ status: 'in_progress', progress: 75 });

    now = T0 + 5000;
    const done = await client.videos.retrieve(created.id);
    expect(done).toMatchObject({ status: 'completed', progress: 100, error: null });
    expect(done.completed_at).toBe(Math.floor((T0 + 1300) / 1000));
    expect(done.expires_at).toBe(Math.floor((T0 + 1300 + 3_600_000) / 1000));
  });

  it('keeps the requested model, seconds and size, and gives every video a distinct id', async () => {
    const { client } = await setup();
    const a = await client.videos.create({ prompt: 'a', model: 'sora-2-pro', seconds: '8', size: '1280x720' });
    const b = await client.videos.create({ prompt: 'b', model: 'veo-3.1-fast' });
    expect(a).toMatchObject({ model: 'sora-2-pro', seconds: '8', size: '1280x720' });
    expect(b.model).toBe('veo-3.1-fast');
    expect(a.id).not.toBe(b.id);
  });

  it('ends a [sim:moderation] prompt failed with code moderation_blocked', async () => {
    const { client } = await setup();
    const video = await client.videos.create({ prompt: 'something [sim:moderation]' });
    now = T0 + 10_000;
    const failed = await client.videos.retrieve(video.id);
    expect(failed.status).toBe('failed');
    expect(failed.error?.code).toBe('moderation_blocked');
    expect(failed.completed_at).toBeNull();
  });

  it('ends a [sim:fail] prompt failed with internal_error halfway, and makes [sim:slow] 5x slower', async () => {
    const { client } = await setup();
    const failing = await client.videos.create({ prompt: 'boom [sim:fail]' });
    const slow = await client.videos.create({ prompt: 'snail [sim:slow]' });
    now = T0 + 300 + 400;
    expect((await client.videos.retrieve(failing.id)).status).toBe('in_progress');
    now = T0 + 300 + 500;
    const failed = await client.videos.retrieve(failing.id);
    expect(failed).toMatchObject({ status: 'failed', progress: 50, error: { code: 'internal_error' } });
    now = T0 + 300 + 4999;
    expect((await client.videos.retrieve(slow.id)).status).toBe('in_progress');
    now = T0 + 300 + 5000;
    expect((await client.videos.retrieve(slow.id)).status).toBe('completed');
  });

  it('takes generationMs as a function of the prompt', async () => {
    const { client } = await setup({ generationMs: (prompt) => (prompt.includes('quick') ? 0 : 60_000) });
    const quick = await client.videos.create({ prompt: 'quick one' });
    const long = await client.videos.create({ prompt: 'long one' });
    now = T0 + 300;
    expect((await client.videos.retrieve(quick.id)).status).toBe('completed');
    expect((await client.videos.retrieve(long.id)).status).toBe('in_progress');
  });

  it('remixes a completed video into a new billed video, and refuses an unfinished source', async () => {
    const { sim, client } = await setup();
    const source = await client.videos.create({ prompt: 'a boat', model: 'sora-2-pro', seconds: '8', size: '1792x1024' });
    await expect(client.videos.remix(source.id, { prompt: 'a boat at night' })).rejects.toBeInstanceOf(OpenAI.BadRequestError);
    now = T0 + 2000;
    const remix = await client.videos.remix(source.id, { prompt: 'a boat at night' });
    expect(remix).toMatchObject({ status: 'queued', remixed_from_video_id: source.id, seconds: '8', size: '1792x1024', prompt: 'a boat at night' });
    expect(sim.stats.billedCreates).toBe(2);
    expect(sim.stats.videos.get(remix.id)?.remixedFromVideoId).toBe(source.id);
  });

  it('deletes a finished video, after which it is unknown', async () => {
    const { client } = await setup();
    const video = await client.videos.create({ prompt: 'gone soon' });
    await expect(client.videos.delete(video.id)).rejects.toBeInstanceOf(OpenAI.BadRequestError);
    now = T0 + 2000;
    expect(await client.videos.delete(video.id)).toEqual({ id: video.id, object: 'video.deleted', deleted: true });
    await expect(client.videos.retrieve(video.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('records the bytes of an uploaded input_reference', async () => {
    const { sim, client } = await setup();
    const file = await toFile(Buffer.alloc(4321, 7), 'start.png', { type: 'image/png' });
    const video = await client.videos.create({ prompt: 'from an image', input_reference: file });
    expect(sim.stats.videos.get(video.id)?.inputReferenceBytes).toBe(4321);
  });

  it('counts requests per route and notes when a client first saw each video completed', async () => {
    const { sim, client } = await setup();
    const video = await client.videos.create({ prompt: 'counted' });
    now = T0 + 1000;
    await client.videos.retrieve(video.id);
    now = T0 + 1500;
    await client.videos.retrieve(video.id);
    now = T0 + 1700;
    await client.videos.retrieve(video.id);
    await (await client.videos.downloadContent(video.id)).arrayBuffer();

    expect(sim.stats.countByRoute()).toMatchObject({ create: 1, retrieve: 3, content: 1, list: 0, remix: 0, other: 0 });
    expect(sim.stats.requests.map((request) => [request.method, request.path, request.status])).toEqual([
      ['POST', '/v1/videos', 200],
      ['GET', `/v1/videos/${video.id}`, 200],
      ['GET', `/v1/videos/${video.id}`, 200],
      ['GET', `/v1/videos/${video.id}`, 200],
      ['GET', `/v1/videos/${video.id}/content`, 200],
    ]);
    expect(sim.stats.videos.get(video.id)).toMatchObject({ prompt: 'counted', createdAt: T0, completedAt: T0 + 1300, firstSeenCompletedAt: T0 + 1500 });
  });
});
