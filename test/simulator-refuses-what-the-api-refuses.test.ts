import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { simulatorBaseUrl, startSimulator, type Simulator, type SimulatorOptions } from '../src/simulate.js';
import { caught } from './helpers.js';

let sim: Simulator | undefined;

async function setup(options: SimulatorOptions = {}): Promise<{ sim: Simulator; client: OpenAI }> {
  sim = await startSimulator({ queueMs: 0, generationMs: 100, ...options });
  return { sim, client: new OpenAI({ apiKey: 'sk-test', baseURL: sim.url, maxRetries: 0 }) };
}

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

type BadRequest = InstanceType<typeof OpenAI.BadRequestError>;

async function refused(promise: Promise<unknown>): Promise<{ status: number | undefined; param: string | null | undefined; code: string | null | undefined; message: string; type: unknown }> {
  const error = (await caught(promise)) as BadRequest;
  expect(error).toBeInstanceOf(OpenAI.BadRequestError);
  return { status: error.status, param: error.param, code: error.code, message: error.message, type: error.type };
}

async function post(url: string, body: unknown): Promise<{ status: number; body: { error?: Record<string, unknown> } }> {
  const response = await fetch(url, { method: 'POST', headers: { authorization: 'Bearer sk-test', 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { error?: Record<string, unknown> } };
}

describe('the simulator refuses what the real APIs refuse, in their error shapes', () => {
  it('OpenAI: seconds, model, size, a size the model cannot make and an unknown field each get a 400, and nothing is billed', async () => {
    const { sim, client } = await setup();
    expect(await refused(client.videos.create({ prompt: 'x', seconds: '5' as '4' }))).toMatchObject({
      status: 400,
      param: 'seconds',
      code: 'invalid_value',
      type: 'invalid_request_error',
      message: expect.stringContaining("Supported values are: '4', '8', and '12'"),
    });
    expect(await refused(client.videos.create({ prompt: 'x', model: 'sora-9' }))).toMatchObject({ param: 'model' });
    expect(await refused(client.videos.create({ prompt: 'x', size: '640x480' as '720x1280' }))).toMatchObject({ param: 'size', code: 'invalid_value' });
    expect(await refused(client.videos.create({ prompt: 'x', model: 'sora-2', size: '1792x1024' }))).toMatchObject({
      param: 'size',
      message: expect.stringContaining("'720x1280' and '1280x720'"),
    });
    const unknown = await refused(client.videos.create({ prompt: 'x', fps: '30' } as unknown as OpenAI.VideoCreateParams));
    expect(unknown).toMatchObject({ param: 'fps', code: 'unknown_parameter', message: "400 Unknown parameter: 'fps'." });
    expect(sim.stats.billedCreates).toBe(0);
  });

  it('OpenAI: what the API accepts still passes (sora-2-pro at 1792x1024, dated snapshots, gateway model ids)', async () => {
    const { sim, client } = await setup();
    await expect(client.videos.create({ prompt: 'x', model: 'sora-2-pro', size: '1792x1024', seconds: '12' })).resolves.toMatchObject({ size: '1792x1024' });
    await expect(client.videos.create({ prompt: 'x', model: 'sora-2-2025-12-08', size: '1280x720' })).resolves.toMatchObject({ model: 'sora-2-2025-12-08' });
    // Gateways serve other vendors' models through this shape with their own durations.
    await expect(client.videos.create({ prompt: 'x', model: 'kling-v2', seconds: '5' as '4' })).resolves.toMatchObject({ seconds: '5' });
    expect(sim.stats.billedCreates).toBe(3);
  });

  it("OpenAI: models: ['*'] accepts any model id", async () => {
    const { client } = await setup({ models: ['*'] });
    await expect(client.videos.create({ prompt: 'x', model: 'my-lab-model' })).resolves.toMatchObject({ model: 'my-lab-model' });
  });

  it("Veo: unknown model, a size the model cannot make and unknown fields get Google's errors", async () => {
    const { sim } = await setup();
    const base = simulatorBaseUrl(sim, 'veo');
    const body = { instances: [{ prompt: 'x' }], parameters: { aspectRatio: '16:9', resolution: '4k', durationSeconds: 8 } };
    const unknownModel = await post(`${base}/models/veo-9:predictLongRunning`, body);
    expect(unknownModel).toMatchObject({ status: 404, body: { error: { code: 404, status: 'NOT_FOUND' } } });
    const lite4k = await post(`${base}/models/veo-3.1-lite-generate-preview:predictLongRunning`, body);
    expect(lite4k).toMatchObject({ status: 400, body: { error: { code: 400, status: 'INVALID_ARGUMENT', message: expect.stringContaining('4k') } } });
    const extra = await post(`${base}/models/veo-3.1-generate-preview:predictLongRunning`, { ...body, config: {} });
    expect(extra).toMatchObject({ status: 400, body: { error: { code: 400, status: 'INVALID_ARGUMENT', message: expect.stringContaining('Unknown name "config"') } } });
    const extraParameter = await post(`${base}/models/veo-3.1-generate-preview:predictLongRunning`, { ...body, parameters: { ...body.parameters, duration: 8 } });
    expect(extraParameter).toMatchObject({ status: 400, body: { error: { status: 'INVALID_ARGUMENT', message: expect.stringContaining('duration') } } });
    expect(sim.stats.billedCreates).toBe(0);
    expect((await post(`${base}/models/veo-3.1-generate-preview:predictLongRunning`, body)).status).toBe(200);
  });

  it("ModelArk: a duration outside the model's range and an unknown field get InvalidParameter", async () => {
    const { sim } = await setup();
    const url = `${simulatorBaseUrl(sim, 'seedance')}/contents/generations/tasks`;
    const content = [{ type: 'text', text: 'x' }];
    const tooLong = await post(url, { model: 'seedance-1-0-pro-250528', content, duration: 15 });
    expect(tooLong).toMatchObject({ status: 400, body: { error: { code: 'InvalidParameter', type: 'BadRequest', param: 'duration' } } });
    const tooShort = await post(url, { model: 'seedance-1-5-pro-251215', content, duration: 2 });
    expect(tooShort).toMatchObject({ status: 400, body: { error: { code: 'InvalidParameter', param: 'duration' } } });
    const extra = await post(url, { model: 'seedance-1-0-pro-250528', content, fps: 30 });
    expect(extra).toMatchObject({ status: 400, body: { error: { code: 'InvalidParameter', param: 'fps' } } });
    expect(sim.stats.billedCreates).toBe(0);
  });

  it('the generations shape: unknown model and unknown field get OpenAI-shaped 400s', async () => {
    const { sim } = await setup();
    const url = `${simulatorBaseUrl(sim, 'openai-generations')}/videos/generations`;
    expect(await post(url, { model: 'sora-9', prompt: 'x' })).toMatchObject({ status: 400, body: { error: { type: 'invalid_request_error', param: 'model' } } });
    expect(await post(url, { model: 'sora-2', prompt: 'x', size: '1280x720' })).toMatchObject({
      status: 400,
      body: { error: { type: 'invalid_request_error', param: 'size', code: 'unknown_parameter' } },
    });
    expect(sim.stats.billedCreates).toBe(0);
  });
});
