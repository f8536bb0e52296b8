import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Fault, type Simulator } from '../src/simulate.js';
import { caught } from './helpers.js';

const T0 = 1_700_000_000_000;
let now = T0;
let sim: Simulator | undefined;

async function setup(faults: readonly Fault[], clientOptions: { timeout?: number } = {}): Promise<{ sim: Simulator; client: OpenAI }> {
  now = T0;
  sim = await startSimulator({ now: () => now, queueMs: 0, generationMs: 100, faults });
  return { sim, client: new OpenAI({ apiKey: 'sk-test', baseURL: sim.url, maxRetries: 0, ...clientOptions }) };
}

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('injected faults', () => {
  it('rate_limit answers 429 with retry-after, seen as RateLimitError, then the next request passes', async () => {
    const { sim, client } = await setup([{ route: 'create', kind: 'rate_limit', retryAfterSeconds: 7 }]);
    const error = await caught(client.videos.create({ prompt: 'x' }));
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    const rateLimit = error as InstanceType<typeof OpenAI.RateLimitError>;
    expect(rateLimit.headers?.get('retry-after')).toBe('7');
    expect(rateLimit.headers?.get('retry-after-ms')).toBe('7000');
    expect(rateLimit.code).toBe('rate_limit_exceeded');
    await expect(client.videos.create({ prompt: 'x' })).resolves.toMatchObject({ object: 'video' });
    expect(sim.stats.requests.map((request) => request.status)).toEqual([429, 200]);
    expect(sim.stats.billedCreates).toBe(1);
  });

  it('server_error and unavailable answer 500 and 503, seen as InternalServerError, consumed in order', async () => {
    const { client } = await setup([
      { route: 'retrieve', kind: 'server_error' },
      { route: 'retrieve', kind: 'unavailable' },
    ]);
    const video = await client.videos.create({ prompt: 'x' });
    const first = await caught(client.videos.retrieve(video.id));
    const second = await caught(client.videos.retrieve(video.id));
    expect(first).toBeInstanceOf(OpenAI.InternalServerError);
    expect(second).toBeInstanceOf(OpenAI.InternalServerError);
    const status = (error: unknown) => (error as InstanceType<typeof OpenAI.APIError>).status;
    expect([status(first), status(second)]).toEqual([500, 503]);
    await expect(client.videos.retrieve(video.id)).resolves.toMatchObject({ id: video.id });
  });

  it('drop destroys the socket before answering: APIConnectionError, nothing billed, request recorded', async () => {
    const { sim, client } = await setup([{ route: 'create', kind: 'drop' }]);
    const error = await caught(client.videos.create({ prompt: 'x' }));
    expect(error).toBeInstanceOf(OpenAI.APIConnectionError);
    expect(sim.stats.billedCreates).toBe(0);
    expect(sim.stats.requests).toMatchObject([{ method: 'POST', route: 'create', status: 0 }]);
  });

  it('accept_then_drop creates and bills the video although the client saw a connection error', async () => {
    const { sim, client } = await setup([{ route: 'create', kind: 'accept_then_drop' }]);
    const error = await caught(client.videos.create({ prompt: 'billed but unseen' }));
    expect(error).toBeInstanceOf(OpenAI.APIConnectionError);
    expect(sim.stats.billedCreates).toBe(1);
    const [record] = [...sim.stats.videos.values()];
    expect(record?.prompt).toBe('billed but unseen');
    const listed = await client.videos.list();
    expect(listed.data.map((video) => video.id)).toEqual([record?.id]);
  });

  it('truncate sends the full content-length but only part of the body', async () => {
    const { client } = await setup([{ route: 'content', kind: 'truncate' }]);
    const video = await client.videos.create({ prompt: 'x' });
    now += 1000;
    const response = await client.videos.downloadContent(video.id);
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(1000);
    await expect(response.arrayBuffer()).rejects.toThrow();
    const whole = await client.videos.downloadContent(video.id);
    expect((await whole.arrayBuffer()).byteLength).toBe(Number(whole.headers.get('content-length')));
  });

  it('hang never answers: the client times out, and close() still returns', async () => {
    const { sim, client } = await setup([{ route: 'retrieve', kind: 'hang', times: 2 }], { timeout: 200 });
    const video = await client.videos.create({ prompt: 'x' });
    const error = await caught(client.videos.retrieve(video.id));
    expect(error).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    const patient = new OpenAI({ apiKey: 'sk-test', baseURL: sim.url, maxRetries: 0 });
    const pending = caught(patient.videos.retrieve(video.id));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await sim.close();
    expect(await pending).toBeInstanceOf(OpenAI.APIConnectionError);
    expect(sim.stats.requests.filter((request) => request.route === 'retrieve').map((request) => request.status)).toEqual([0, 0]);
  });

  it('match limits a fault to requests whose prompt or video id contains it; times counts hits', async () => {
    const { sim, client } = await setup([{ route: 'any', kind: 'server_error', match: 'cursed', times: 2 }]);
    await expect(client.videos.create({ prompt: 'a fine prompt' })).resolves.toMatchObject({ object: 'video' });
    await expect(client.videos.create({ prompt: 'a cursed prompt' })).rejects.toBeInstanceOf(OpenAI.InternalServerError);
    await expect(client.videos.create({ prompt: 'cursed again' })).rejects.toBeInstanceOf(OpenAI.InternalServerError);
    await expect(client.videos.create({ prompt: 'cursed thrice' })).resolves.toMatchObject({ object: 'video' });

    const target = await client.videos.create({ prompt: 'by id' });
    sim.addFaults([{ route: 'retrieve', kind: 'unavailable', match: target.id.slice(-12) }]);
    const other = await client.videos.create({ prompt: 'other' });
    await expect(client.videos.retrieve(other.id)).resolves.toMatchObject({ id: other.id });
    await expect(client.videos.retrieve(target.id)).rejects.toBeInstanceOf(OpenAI.InternalServerError);
    expect(sim.stats.billedCreates).toBe(4);
  });

  it('lets the SDK retry a GET through a fault, and counts both attempts', async () => {
    const { sim } = await setup([{ route: 'retrieve', kind: 'rate_limit', retryAfterSeconds: 0.05 }]);
    const retrying = new OpenAI({ apiKey: 'sk-test', baseURL: sim.url, maxRetries: 1 });
    const video = await retrying.videos.create({ prompt: 'x' });
    await expect(retrying.videos.retrieve(video.id)).resolves.toMatchObject({ id: video.id });
    expect(sim.stats.countByRoute().retrieve).toBe(2);
  });
});
