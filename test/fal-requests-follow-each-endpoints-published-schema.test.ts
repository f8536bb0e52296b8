/**
 * fal jobs are built from, and checked against, each endpoint's own published schema (fal's Models
 * API): every body validates (ajv, independently of our code), a value the schema refuses is a
 * manifest error naming what works with nothing sent, and a wrong key stops the run before any
 * create. The queue and the Platform API are separate loopback servers, as fal's are.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../src/errors.js';
import { ManifestError } from '../src/manifest/types.js';
import { caught, runFast, useResources, writeManifest } from './helpers.js';
import { startFalFixture, TINY_MP4, startFileHost } from './fal-fixture.js';
import { publishedValidator, startFalPlatform } from './fal-platform-fixture.js';

const KLING = 'fal-ai/kling-video/v2.5-turbo/pro/text-to-video';
const HAILUO = 'fal-ai/minimax/hailuo-02/standard/text-to-video';
const SEEDANCE = 'fal-ai/bytedance/seedance/v1/pro/text-to-video';
const VEO = 'fal-ai/veo3.1/fast';

const FOUR = [
  'defaults: {provider: fal}',
  'jobs:',
  `  - {id: kling, model: ${KLING}, prompt: "A fox", seconds: 5, size: 1280x720}`,
  `  - {id: hailuo, model: ${HAILUO}, prompt: "A fox", seconds: 6}`,
  `  - {id: seedance, model: ${SEEDANCE}, prompt: "A fox", size: 854x480}`,
  `  - {id: veo, model: ${VEO}, prompt: "A fox", seconds: 8, audio: false}`,
].join('\n');

describe('fal requests follow each endpoint\'s published schema', () => {
  const use = useResources();

  async function servers() {
    const files = await startFileHost('127.0.0.1', TINY_MP4);
    const queue = await startFalFixture({ result: () => ({ status: 200, body: { video: { url: `${files.origin}/v.mp4` } } }) });
    const platform = await startFalPlatform({ prices: { [KLING]: { unit_price: 0.07, unit: 'video_second' } } });
    const close = async () => {
      await Promise.all([files.close(), queue.close(), platform.close()]);
    };
    return { queue, platform, close };
  }

  it('sends bodies that validate against each schema, asking the Platform API once for all four endpoints', async () => {
    const t = await use.folder();
    const { queue, platform, close } = await servers();
    try {
      const manifest = await writeManifest(t.dir, 'm.yaml', FOUR);
      const env = { FAL_KEY: 'fal-test-key', FAL_BASE_URL: queue.origin, FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') };
      const result = await runFast({ manifest, outDir: join(t.dir, 'out'), concurrency: 4 }, env);
      expect(result.exitCode).toBe(0);
      const posts = queue.requests.filter((r) => r.method === 'POST');
      expect(posts).toHaveLength(4);
      for (const post of posts) {
        const endpoint = post.path.slice(1);
        const validate = publishedValidator(endpoint);
        expect({ endpoint, valid: validate(post.body), errors: validate.errors ?? null }).toEqual({ endpoint, valid: true, errors: null });
      }
      const body = (endpoint: string) => posts.find((p) => p.path === `/${endpoint}`)!.body;
      expect(body(KLING)).toEqual({ prompt: 'A fox', duration: '5', aspect_ratio: '16:9' });
      expect(body(HAILUO)).toEqual({ prompt: 'A fox', duration: '6' });
      expect(body(SEEDANCE)).toEqual({ prompt: 'A fox', aspect_ratio: '16:9', resolution: '480p' });
      expect(body(VEO)).toEqual({ prompt: 'A fox', duration: '8s', generate_audio: false });
      // One Models request and one Pricing request, each naming every endpoint.
      expect(platform.requests.map((r) => [r.path, [...r.ids].sort()])).toEqual([
        ['/v1/models', [HAILUO, KLING, SEEDANCE, VEO].sort()],
        ['/v1/models/pricing', [HAILUO, KLING, SEEDANCE, VEO].sort()],
      ]);
      expect(platform.requests[0]!.expand).toEqual(['openapi-3.0']);
      expect(platform.requests.every((r) => r.authorization === 'Key fal-test-key')).toBe(true);
    } finally {
      await close();
    }
  });

  it('seconds: 7 on Kling is a manifest error at its line naming 5 and 10, and nothing is sent', async () => {
    const t = await use.folder();
    const { queue, platform, close } = await servers();
    try {
      const manifest = await writeManifest(t.dir, 'm.yaml', ['defaults: {provider: fal}', 'jobs:', `  - {id: kling, model: ${KLING}, prompt: "A fox", seconds: 7}`].join('\n'));
      const env = { FAL_KEY: 'fal-test-key', FAL_BASE_URL: queue.origin, FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') };
      const error = await caught(runFast({ manifest, outDir: join(t.dir, 'out') }, env));
      expect(error).toBeInstanceOf(ManifestError);
      const text = (error as ManifestError).message;
      expect(text).toMatch(/m\.yaml:3.*seconds.*makes 5, 10 seconds/);
      expect(queue.requests).toEqual([]);
      // Refused before the output folder is made: nothing is left behind.
      expect(existsSync(join(t.dir, 'out'))).toBe(false);
    } finally {
      await close();
    }
  });

  it('reports every problem in one pass: a size no enum pair makes (naming the sizes that work), a size on an endpoint without one, audio without a switch, params of the wrong type or outside an enum', async () => {
    const t = await use.folder();
    const { queue, platform, close } = await servers();
    try {
      const manifest = await writeManifest(
        t.dir,
        'm.yaml',
        [
          'defaults: {provider: fal}',
          'jobs:',
          `  - {id: a, model: ${SEEDANCE}, prompt: "A fox", size: 1000x1000}`,
          `  - {id: b, model: ${HAILUO}, prompt: "A fox", size: 1280x720}`,
          `  - {id: c, model: ${HAILUO}, prompt: "A fox", audio: true}`,
          `  - {id: d, model: ${VEO}, prompt: "A fox", params: {safety_tolerance: "9"}}`,
          `  - {id: e, model: ${SEEDANCE}, prompt: "A fox", params: {seed: "forty-two"}}`,
        ].join('\n'),
      );
      const env = { FAL_KEY: 'fal-test-key', FAL_BASE_URL: queue.origin, FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') };
      const error = await caught(runFast({ manifest, outDir: join(t.dir, 'out') }, env));
      expect(error).toBeInstanceOf(ManifestError);
      const text = (error as ManifestError).message;
      expect(text).toMatch(/m\.yaml:3.*size.*cannot make 1000x1000.*854x480.*1920x1080/);
      expect(text).toMatch(/m\.yaml:4.*size.*takes no size/);
      expect(text).toMatch(/m\.yaml:5.*audio.*no audio switch/);
      expect(text).toMatch(/m\.yaml:6.*params\.safety_tolerance must be one of "1", "2", "3", "4", "5", "6" \(got "9"\)/);
      expect(text).toMatch(/m\.yaml:7.*params\.seed must be a whole number/);
      expect(queue.requests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('sends params the schema takes and warns of one it does not name', async () => {
    const t = await use.folder();
    const { queue, platform, close } = await servers();
    try {
      const manifest = await writeManifest(t.dir, 'm.yaml', ['defaults: {provider: fal}', 'jobs:', `  - {id: v, model: ${VEO}, prompt: "A fox", params: {seed: 42, sharpness: 3}}`].join('\n'));
      const env = { FAL_KEY: 'fal-test-key', FAL_BASE_URL: queue.origin, FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') };
      const result = await runFast({ manifest, outDir: join(t.dir, 'out') }, env);
      expect(result.exitCode).toBe(0);
      expect(queue.requests.find((r) => r.method === 'POST')?.body).toEqual({ prompt: 'A fox', seed: 42, sharpness: 3 });
      expect(result.log.some((line) => /warning: .*params\.sharpness is not an input/.test(line))).toBe(true);
    } finally {
      await close();
    }
  });

  it('a FAL_KEY the Platform API refuses stops the run with a ConfigError (exit 2) before any create', async () => {
    const t = await use.folder();
    const { queue, platform, close } = await servers();
    try {
      const manifest = await writeManifest(t.dir, 'm.yaml', FOUR);
      const env = { FAL_KEY: 'wrong-key', FAL_BASE_URL: queue.origin, FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') };
      const error = await caught(runFast({ manifest, outDir: join(t.dir, 'out') }, env));
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/FAL_KEY was refused .*HTTP 401.*nothing was created/);
      expect((error as Error).message).not.toContain('wrong-key');
      expect(queue.requests).toEqual([]);
    } finally {
      await close();
    }
  });
});
