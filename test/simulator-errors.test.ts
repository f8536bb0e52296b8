import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../src/simulate.js';
import { caught } from './helpers.js';

const T0 = 1_700_000_000_000;
let now = T0;
let sim: Simulator | undefined;

async function setup(options: SimulatorOptions = {}, apiKey = 'sk-test'): Promise<{ sim: Simulator; client: OpenAI }> {
  now = T0;
  sim = await startSimulator({ now: () => now, queueMs: 0, generationMs: 1000, ...options });
  return { sim, client: new OpenAI({ apiKey, baseURL: sim.url, maxRetries: 0 }) };
}

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('simulator errors are OpenAI-shaped', () => {
  it('answers 401 without an Authorization header', async () => {
    const { sim } = await setup();
    const response = await fetch(`${sim.url}/videos`, { method: 'POST', body: JSON.stringify({ prompt: 'x' }), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({ type: 'invalid_request_error', param: null });
    expect(typeof body.error.message).toBe('string');
    expect(sim.stats.billedCreates).toBe(0);
  });

  it('answers 401 invalid_api_key for a wrong key when apiKey is set', async () => {
    const { client } = await setup({ apiKey: 'sk-right' }, 'sk-wrong-key');
    const error = await caught(client.videos.create({ prompt: 'x' }));
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((error as InstanceType<typeof OpenAI.AuthenticationError>).code).toBe('invalid_api_key');
    expect((error as Error).message).not.toContain('sk-wrong-key');
  });

  it('accepts the configured key', async () => {
    const { client } = await setup({ apiKey: 'sk-right' }, 'sk-right');
    expect((await client.videos.create({ prompt: 'x' })).id).toMatch(/^video_/);
  });

  it('answers 404 for an unknown video on retrieve and content', async () => {
    const { client } = await setup();
    const missing = `video_${'0'.repeat(48)}`;
    await expect(client.videos.retrieve(missing)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(client.videos.downloadContent(missing)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('rejects a missing prompt and an unknown model with 400', async () => {
    const { sim, client } = await setup();
    const noPrompt = await caught(client.videos.create({ prompt: '' }));
    expect(noPrompt).toBeInstanceOf(OpenAI.BadRequestError);
    expect((noPrompt as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('prompt');

    const badModel = await caught(client.videos.create({ prompt: 'x', model: 'gpt-4o' }));
    expect(badModel).toBeInstanceOf(OpenAI.BadRequestError);
    expect((badModel as InstanceType<typeof OpenAI.BadRequestError>).code).toBe('invalid_model');
    expect((badModel as Error).message).toContain("model 'gpt-4o' does not exist");

    const badSeconds = await caught(client.videos.create({ prompt: 'x', seconds: 'abc' as '4' }));
    expect((badSeconds as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('seconds');
    expect(sim.stats.billedCreates).toBe(0);
  });

  it('honours a custom model allow-list with prefix entries', async () => {
    const { client } = await setup({ models: ['my-model', 'lab-*'] });
    await expect(client.videos.create({ prompt: 'x', model: 'lab-7' })).resolves.toMatchObject({ model: 'lab-7' });
    await expect(client.videos.create({ prompt: 'x', model: 'sora-2' })).rejects.toBeInstanceOf(OpenAI.BadRequestError);
  });

  it('answers 404 for content that is not ready yet', async () => {
    const { client } = await setup();
    const video = await client.videos.create({ prompt: 'wait for it' });
    await expect(client.videos.downloadContent(video.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('answers 404 video_expired for content past expires_at, while retrieve still shows it completed', async () => {
    const { client } = await setup({ expiresAfterMs: 60_000 });
    const video = await client.videos.create({ prompt: 'fleeting' });
    now = T0 + 1000 + 59_999;
    expect((await client.videos.downloadContent(video.id)).status).toBe(200);
    now = T0 + 1000 + 60_000;
    const error = await caught(client.videos.downloadContent(video.id));
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect((error as InstanceType<typeof OpenAI.NotFoundError>).code).toBe('video_expired');
    const retrieved = await client.videos.retrieve(video.id);
    expect(retrieved.status).toBe('completed');
    expect((retrieved.expires_at ?? Infinity) * 1000).toBeLessThanOrEqual(now);
  });

  it('answers 404 Invalid URL for paths it does not serve', async () => {
    const { sim } = await setup();
    const response = await fetch(`${sim.url}/images/generations`, { method: 'POST', headers: { authorization: 'Bearer sk-test' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { message: 'Invalid URL (POST /v1/images/generations)' } });
    expect(sim.stats.requests[0]?.route).toBe('other');
  });
});
