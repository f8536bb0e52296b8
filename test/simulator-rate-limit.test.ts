import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../src/simulate.js';

const T0 = 1_700_000_000_000;
let now = T0;
let sim: Simulator | undefined;

async function setup(requestsPerMinute: number): Promise<{ sim: Simulator; client: OpenAI }> {
  now = T0;
  sim = await startSimulator({ now: () => now, rateLimit: { requestsPerMinute } });
  return { sim, client: new OpenAI({ apiKey: 'sk-test', baseURL: sim.url, maxRetries: 0 }) };
}

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('rate limit (token bucket over all requests)', () => {
  it('answers 429 with retry-after once the budget is spent, then refills with the clock', async () => {
    const { sim, client } = await setup(3);
    const video = await client.videos.create({ prompt: 'x' });
    await client.videos.retrieve(video.id);
    await client.videos.retrieve(video.id);

    const error = await client.videos.retrieve(video.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    const limited = error as InstanceType<typeof OpenAI.RateLimitError>;
    expect(limited.headers?.get('retry-after')).toBe('20');
    expect(limited.headers?.get('retry-after-ms')).toBe('20000');
    expect(limited.headers?.get('x-ratelimit-remaining-requests')).toBe('0');
    await expect(client.videos.create({ prompt: 'y' })).rejects.toBeInstanceOf(OpenAI.RateLimitError);
    expect(sim.stats.billedCreates).toBe(1);

    now = T0 + 20_000;
    await expect(client.videos.retrieve(video.id)).resolves.toMatchObject({ id: video.id });
    expect(sim.stats.requests.map((request) => request.status)).toEqual([200, 200, 200, 429, 429, 200]);
  });

  it('sends x-ratelimit headers on every response', async () => {
    const { client } = await setup(60);
    const { data, response } = await client.videos.create({ prompt: 'x' }).withResponse();
    expect(data.object).toBe('video');
    expect(response.headers.get('x-ratelimit-limit-requests')).toBe('60');
    expect(response.headers.get('x-ratelimit-remaining-requests')).toBe('59');
    expect(response.headers.get('x-ratelimit-reset-requests')).toBe('1s');
  });
});
