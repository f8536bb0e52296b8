/**
 * OpenRouter's video API driven as its reference says, against a loopback server: the body in the
 * reference's names, the Bearer key on every API request, polling to `completed`, the video from
 * the signed `urls[0]` with no key (on another host) or else from `/videos/{id}/content?index=0`
 * with the key, and a `failed` / `cancelled` / `expired` job failing with OpenRouter's words.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useResources } from './helpers.js';
import { startFileHost, TINY_MP4 } from './fal-fixture.js';
import { runOpenRouter, startOpenRouterFixture, VEO_FAST_MODEL } from './openrouter-fixture.js';
import { writePng } from './provider-support.js';

describe('OpenRouter video jobs', () => {
  const use = useResources();

  it('sends the reference body with the key, polls to completed and downloads from the content endpoint with the key', async () => {
    const t = await use.folder();
    const api = await startOpenRouterFixture();
    try {
      const yaml = '- {provider: openrouter, model: google/veo-3.1-fast, seconds: 8, size: 1280x720, prompt: "A fox", audio: false, params: {seed: 42}}\n';
      const { result, jobs, outDir } = await runOpenRouter(t.dir, yaml, api.base);
      expect(result.exitCode).toBe(0);
      expect(jobs[0]).toMatchObject({ status: 'completed', rawStatus: 'completed', videoId: 'job-1', error: null });
      const post = api.requests.find((r) => r.method === 'POST');
      expect(post?.body).toEqual({ model: 'google/veo-3.1-fast', prompt: 'A fox', duration: 8, size: '1280x720', generate_audio: false, seed: 42 });
      expect(api.requests.every((r) => r.authorization === 'Bearer sk-or-test')).toBe(true);
      expect(api.requests.some((r) => r.path === '/api/v1/videos/job-1/content?index=0')).toBe(true);
      expect((await readFile(join(outDir, jobs[0]!.file!))).equals(TINY_MP4)).toBe(true);
    } finally {
      await api.close();
    }
  });

  it('downloads the signed urls[0] without sending the key, and never asks the content endpoint', async () => {
    const t = await use.folder();
    const files = await startFileHost('127.0.0.1', TINY_MP4);
    const api = await startOpenRouterFixture({ outcome: () => ({ status: 'completed', cost: 0.5, signedUrl: `${files.origin}/signed/v.mp4?sig=abc` }) });
    try {
      const { result, jobs } = await runOpenRouter(t.dir, '- {provider: openrouter, model: google/veo-3.1-fast, seconds: 4, prompt: "A fox"}\n', api.base);
      expect(result.exitCode).toBe(0);
      expect(jobs[0]?.status).toBe('completed');
      expect(files.authorizations).toEqual([undefined]);
      expect(api.requests.some((r) => r.path.includes('/content'))).toBe(false);
    } finally {
      await api.close();
      await files.close();
    }
  });

  it('sends an input image as the first frame, as a data URL', async () => {
    const t = await use.folder();
    const api = await startOpenRouterFixture();
    try {
      await writePng(t.dir, 'start.png');
      const { result } = await runOpenRouter(t.dir, '- {provider: openrouter, model: google/veo-3.1-fast, seconds: 4, prompt: "A fox", input_reference: start.png}\n', api.base);
      expect(result.exitCode).toBe(0);
      const body = api.requests.find((r) => r.method === 'POST')?.body as { frame_images?: { type: string; frame_type: string; image_url: { url: string } }[] };
      expect(body.frame_images).toHaveLength(1);
      expect(body.frame_images?.[0]).toMatchObject({ type: 'image_url', frame_type: 'first_frame' });
      expect(body.frame_images?.[0]?.image_url.url).toMatch(/^data:image\/png;base64,/);
    } finally {
      await api.close();
    }
  });

  it('fails a failed, cancelled or expired job with its error and its word, sending each create once', async () => {
    const t = await use.folder();
    const ends = { 'A fox': { status: 'failed', error: 'Content policy violation' }, 'A car': { status: 'cancelled' }, 'An owl': { status: 'expired', error: 'Job exceeded maximum time to live' } } as const;
    const api = await startOpenRouterFixture({ outcome: (body) => ends[body.prompt as keyof typeof ends] });
    try {
      const yaml = ['fox: A fox', 'car: A car', 'owl: An owl'].map((line) => line.split(': ')).map(([id, prompt]) => `- {id: ${id}, provider: openrouter, model: google/veo-3.1-fast, seconds: 4, prompt: "${prompt}"}`).join('\n') + '\n';
      const { result, jobs } = await runOpenRouter(t.dir, yaml, api.base);
      expect(result.exitCode).toBe(1);
      const byId = Object.fromEntries(jobs.map((job) => [job.id, job]));
      expect(byId.fox).toMatchObject({ status: 'failed', rawStatus: 'failed', error: { code: 'generation_failed', message: 'Content policy violation' } });
      expect(byId.car).toMatchObject({ status: 'failed', rawStatus: 'cancelled', error: { code: 'cancelled', message: 'the video generation was cancelled' } });
      expect(byId.owl).toMatchObject({ status: 'failed', rawStatus: 'expired', error: { code: 'expired', message: 'Job exceeded maximum time to live' } });
      expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
    } finally {
      await api.close();
    }
  });

  it('sends a size as the resolution and aspect ratio a model lists when it lists no sizes', async () => {
    const t = await use.folder();
    const noSizes = { ...VEO_FAST_MODEL, id: 'acme/clip-1', supported_sizes: null, supported_resolutions: ['720p', '4K'], supported_aspect_ratios: ['16:9', '9:16'] };
    const api = await startOpenRouterFixture({ models: [noSizes] });
    try {
      const yaml = '- {id: wide, provider: openrouter, model: acme/clip-1, seconds: 4, size: 1280x720, prompt: "A fox"}\n- {id: tall, provider: openrouter, model: acme/clip-1, seconds: 4, size: 2160x3840, prompt: "A car"}\n';
      const { result } = await runOpenRouter(t.dir, yaml, api.base);
      expect(result.exitCode).toBe(0);
      const bodies = api.requests.filter((r) => r.method === 'POST').map((r) => r.body as Record<string, unknown>);
      expect(bodies.find((b) => b.prompt === 'A fox')).toEqual({ model: 'acme/clip-1', prompt: 'A fox', duration: 4, resolution: '720p', aspect_ratio: '16:9' });
      expect(bodies.find((b) => b.prompt === 'A car')).toEqual({ model: 'acme/clip-1', prompt: 'A car', duration: 4, resolution: '4K', aspect_ratio: '9:16' });
    } finally {
      await api.close();
    }
  });
});
