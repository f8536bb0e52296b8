import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../src/simulate.js';

const T0 = 1_700_000_000_000;
let now = T0;
let sim: Simulator | undefined;

async function setup(options: SimulatorOptions = {}): Promise<{ sim: Simulator; client: OpenAI }> {
  now = T0;
  sim = await startSimulator({ now: () => now, queueMs: 0, generationMs: 1000, ...options });
  return { sim, client: new OpenAI({ apiKey: 'sk-test', baseURL: sim.url, maxRetries: 0 }) };
}

async function createMany(client: OpenAI, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push((await client.videos.create({ prompt: `video ${i}` })).id);
    now += 10;
  }
  return ids;
}

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('GET /videos', () => {
  it('lists videos newest first, one cursor page at a time', async () => {
    const { client } = await setup();
    const ids = await createMany(client, 5);
    const newestFirst = [...ids].reverse();

    const first = await client.videos.list({ limit: 2 });
    expect(first.data.map((video) => video.id)).toEqual(newestFirst.slice(0, 2));
    expect(first.has_more).toBe(true);
    const envelope: unknown = await (await client.videos.list({ limit: 2 }).asResponse()).json();
    expect(envelope).toMatchObject({ object: 'list', first_id: newestFirst[0], last_id: newestFirst[1], has_more: true });

    const second = await client.videos.list({ limit: 2, after: first.last_id });
    expect(second.data.map((video) => video.id)).toEqual(newestFirst.slice(2, 4));

    const all: string[] = [];
    for await (const video of client.videos.list({ limit: 2 })) all.push(video.id);
    expect(all).toEqual(newestFirst);
  });

  it('lists oldest first with order=asc and answers an empty list when there is nothing', async () => {
    const { client } = await setup();
    const empty: unknown = await (await client.videos.list().asResponse()).json();
    expect(empty).toMatchObject({ object: 'list', data: [], first_id: null, last_id: null, has_more: false });
    const ids = await createMany(client, 3);
    const asc = await client.videos.list({ order: 'asc' });
    expect(asc.data.map((video) => video.id)).toEqual(ids);
  });

  it('shows current status and counts a completed video as seen', async () => {
    const { sim, client } = await setup();
    const [id] = await createMany(client, 1);
    now = T0 + 5000;
    const page = await client.videos.list();
    expect(page.data[0]).toMatchObject({ id, status: 'completed', progress: 100 });
    expect(sim.stats.videos.get(id ?? '')?.firstSeenCompletedAt).toBe(T0 + 5000);
    expect(sim.stats.countByRoute().list).toBe(1);
  });

  it('answers 404 when the gateway has no list endpoint (supportsList: false)', async () => {
    const { sim, client } = await setup({ supportsList: false });
    await createMany(client, 1);
    await expect(client.videos.list()).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    expect(sim.stats.requests.at(-1)).toMatchObject({ route: 'list', status: 404 });
  });

  it('rejects a limit out of range and an unknown cursor with 400', async () => {
    const { client } = await setup();
    await expect(client.videos.list({ limit: 0 })).rejects.toBeInstanceOf(OpenAI.BadRequestError);
    await expect(client.videos.list({ after: 'video_unknown' })).rejects.toBeInstanceOf(OpenAI.BadRequestError);
  });
});
