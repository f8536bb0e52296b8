import OpenAI, { toFile } from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../src/simulate.js';
import { caught } from './helpers.js';

const T0 = 1_700_000_000_000;
let now = T0;
let sim: Simulator | undefined;

async function setup(): Promise<{ sim: Simulator; client: OpenAI }> {
  now = T0;
  sim = await startSimulator({ now: () => now, queueMs: 0, generationMs: 1000 });
  return { sim, client: new OpenAI({ apiKey: 'sk-test', baseURL: sim.url, maxRetries: 0 }) };
}

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** A few bytes standing in for an uploaded MP4. */
const clip = () => toFile(Buffer.from('not really a video'), 'clip.mp4', { type: 'video/mp4' });

describe("the simulator answers every route of the SDK's videos resource", () => {
  it('extend: a completed video gets a new, billed, longer video; an unfinished one is refused', async () => {
    const { sim, client } = await setup();
    const source = await client.videos.create({ prompt: 'a harbour', model: 'sora-2-pro', seconds: '8', size: '1792x1024' });
    expect(await caught(client.videos.extend({ prompt: 'and then night falls', seconds: '4', video: { id: source.id } }))).toBeInstanceOf(OpenAI.BadRequestError);
    now = T0 + 1000;
    const extended = await client.videos.extend({ prompt: 'and then night falls', seconds: '4', video: { id: source.id } });
    expect(extended).toMatchObject({ object: 'video', status: 'in_progress', model: 'sora-2-pro', seconds: '12', size: '1792x1024', prompt: 'and then night falls' });
    expect(extended.id).not.toBe(source.id);
    expect(sim.stats.billedCreates).toBe(2);
    now = T0 + 2000;
    expect((await client.videos.retrieve(extended.id)).status).toBe('completed');
  });

  it('edit: a completed video is edited into a new video of the same model, size and length', async () => {
    const { sim, client } = await setup();
    const source = await client.videos.create({ prompt: 'a red car', seconds: '4', size: '1280x720' });
    now = T0 + 1000;
    const edited = await client.videos.edit({ prompt: 'make the car blue', video: { id: source.id } });
    expect(edited).toMatchObject({ status: 'in_progress', model: 'sora-2', seconds: '4', size: '1280x720', prompt: 'make the car blue' });
    expect(sim.stats.billedCreates).toBe(2);
    const missing = await caught(client.videos.edit({ prompt: 'x', video: { id: `video_${'0'.repeat(48)}` } }));
    expect(missing).toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('characters: one made from an uploaded video can be fetched again; an unknown one is 404', async () => {
    const { client } = await setup();
    const made = await client.videos.createCharacter({ name: 'Captain Nemo', video: await clip() });
    expect(made).toMatchObject({ name: 'Captain Nemo' });
    expect(made.id).toMatch(/^char_/);
    expect(await client.videos.getCharacter(made.id!)).toEqual(made);
    expect(await caught(client.videos.getCharacter('char_missing'))).toBeInstanceOf(OpenAI.NotFoundError);
    const nameless = await caught(client.videos.createCharacter({ name: '', video: await clip() }));
    expect((nameless as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('name');
  });

  it('an uploaded source video for edit is answered with a 400 that says the simulator does not model it', async () => {
    const { sim, client } = await setup();
    const error = await caught(client.videos.edit({ prompt: 'x', video: await clip() }));
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as Error).message).toMatch(/simulator does not model/);
    expect(sim.stats.billedCreates).toBe(0);
  });

  it('delete: a finished video is gone afterwards; remix refuses unknown fields', async () => {
    const { client } = await setup();
    const video = await client.videos.create({ prompt: 'short lived' });
    now = T0 + 1000;
    expect(await caught(client.videos.remix(video.id, { prompt: 'x', seconds: '8' } as OpenAI.VideoRemixParams))).toMatchObject({ code: 'unknown_parameter', param: 'seconds' });
    expect(await client.videos.delete(video.id)).toEqual({ id: video.id, object: 'video.deleted', deleted: true });
    expect(await caught(client.videos.retrieve(video.id))).toBeInstanceOf(OpenAI.NotFoundError);
  });
});
