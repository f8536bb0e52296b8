/**
 * Replicate jobs are built from, and checked against, each model's published input schema
 * (`GET /models/{owner}/{name}` -> `latest_version.openapi_schema`, or `.../versions/{id}`):
 * seconds in the duration field's own type and enum, size as the ratio and resolution its enums
 * hold (a 4K size on Veo 3.1 is refused, never sent as "2160p"), the image in the field it names,
 * audio in generate_audio; params of the wrong value refused, unknown ones warned about; a 401
 * from the schema read stops the run before any create.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { ManifestError } from '../src/manifest/types.js';
import { inputProblems, inputSchemaOf } from '../src/providers/replicate/schema.js';
import { SIMULATED_REPLICATE_SCHEMAS } from '../src/providers/replicate/simulator-schemas.js';
import type { JsonValue } from '../src/types.js';
import { caught, runFast, useResources } from './helpers.js';
import { writePng } from './provider-support.js';
import { runOnReplicate, startReplicateApi, type ReplicateApi, type ReplicateApiOptions } from './fixtures/replicate-api.js';

/** A model the catalog does not know, written as Replicate publishes schemas: a string duration enum, an image field of its own. */
const NEW_MODEL_SCHEMA = {
  components: {
    schemas: {
      Input: {
        type: 'object',
        required: ['prompt'],
        properties: {
          prompt: { type: 'string', 'x-order': 0 },
          duration: { allOf: [{ $ref: '#/components/schemas/duration' }], default: '5', 'x-order': 1 },
          aspect_ratio: { allOf: [{ $ref: '#/components/schemas/aspect_ratio' }], default: '16:9', 'x-order': 2 },
          resolution: { allOf: [{ $ref: '#/components/schemas/resolution' }], default: '1080p', 'x-order': 3 },
          first_frame_image: { type: 'string', format: 'uri', 'x-order': 4 },
          generate_audio: { type: 'boolean', default: true, 'x-order': 5 },
          motion: { allOf: [{ $ref: '#/components/schemas/motion' }], default: 'auto', 'x-order': 6 },
        },
      },
      duration: { enum: ['5', '10'], type: 'string', title: 'duration' },
      aspect_ratio: { enum: ['16:9', '1:1'], type: 'string', title: 'aspect_ratio' },
      resolution: { enum: ['480p', '1080p'], type: 'string', title: 'resolution' },
      motion: { enum: ['auto', 'slow', 'fast'], type: 'string', title: 'motion' },
    },
  },
};

describe('Replicate input from the model\'s published schema', () => {
  const use = useResources();
  const apis: ReplicateApi[] = [];
  const api = async (options: ReplicateApiOptions = {}): Promise<ReplicateApi> => {
    const started = await startReplicateApi(options);
    apis.push(started);
    return started;
  };
  afterEach(async () => {
    await Promise.all(apis.splice(0).map((a) => a.close()));
  });
  const posts = (a: ReplicateApi) => a.requests.filter((r) => r.method === 'POST');

  it('sends each field in the spelling the schema declares, and the body validates against it', async () => {
    const a = await api({ schemas: { ...SIMULATED_REPLICATE_SCHEMAS, 'acme/new-video': NEW_MODEL_SCHEMA } });
    const t = await use.folder();
    const png = await writePng(t.dir, 'first.png');
    const yaml = [
      `- {id: new, provider: replicate, model: acme/new-video, seconds: 10, size: 1920x1080, audio: false, input_reference: ${png}, params: {motion: slow}, prompt: A red fox}`,
      '- {id: veo, provider: replicate, model: google/veo-3.1, seconds: 6, size: 1080x1920, audio: true, prompt: A red fox}',
      '',
    ].join('\n');
    const { result } = await runOnReplicate(a, t.dir, yaml);
    expect(result.exitCode).toBe(0);
    const input = (path: string) => posts(a).find((r) => r.path === path)?.body?.input as Record<string, JsonValue>;
    const sent = input('/v1/models/acme/new-video/predictions');
    expect(sent).toMatchObject({ prompt: 'A red fox', duration: '10', aspect_ratio: '16:9', resolution: '1080p', generate_audio: false, motion: 'slow' });
    expect(String(sent.first_frame_image)).toMatch(/^data:image\/png;base64,/);
    expect(sent).not.toHaveProperty('image');
    expect(inputProblems(inputSchemaOf(NEW_MODEL_SCHEMA)!, sent)).toEqual([]);
    const veo = input('/v1/models/google/veo-3.1/predictions');
    expect(veo).toEqual({ prompt: 'A red fox', duration: 6, aspect_ratio: '9:16', resolution: '1080p', generate_audio: true });
    expect(inputProblems(inputSchemaOf(SIMULATED_REPLICATE_SCHEMAS['google/veo-3.1'])!, veo)).toEqual([]);
  });

  it('refuses what the schema cannot take, every job in one pass, naming what works, and creates nothing', async () => {
    const a = await api({ schemas: { ...SIMULATED_REPLICATE_SCHEMAS, 'acme/new-video': NEW_MODEL_SCHEMA } });
    const t = await use.folder();
    const yaml = [
      '- {provider: replicate, model: google/veo-3.1, seconds: 8, size: 3840x2160, prompt: A fox}',
      '- {provider: replicate, model: acme/new-video, seconds: 7, prompt: A car}',
      '- {provider: replicate, model: kwaivgi/kling-v2.5-turbo-pro, seconds: 5, audio: true, prompt: An owl}',
      '- {provider: replicate, model: bytedance/seedance-1-pro, seconds: 5, params: {fps: 30}, prompt: A cat}',
      '- {provider: replicate, model: acme/new-video, params: {motion: warp}, prompt: A dog}',
      '',
    ].join('\n');
    const error = await caught(runOnReplicate(a, t.dir, yaml));
    expect(error).toBeInstanceOf(ManifestError);
    const text = (error as ManifestError).message;
    expect(text).toMatch(/m\.yaml:1\b.*"size".*google\/veo-3\.1 on Replicate makes 1280x720, 1920x1080, 720x1280, 1080x1920.*3840x2160 is none of them/);
    expect(text).toMatch(/m\.yaml:2\b.*"seconds".*takes 5, 10 seconds/);
    expect(text).toMatch(/m\.yaml:3\b.*"audio".*no audio switch/);
    expect(text).toMatch(/m\.yaml:4\b.*"params\.fps".*fps must be one of 24 \(got 30\)/);
    expect(text).toMatch(/m\.yaml:5\b.*"params\.motion".*"auto", "slow" or "fast"/);
    expect(text).not.toContain('2160p');
    expect(posts(a)).toEqual([]);
  });

  it('asks a pinned version for its own schema', async () => {
    const a = await api();
    const t = await use.folder();
    const { result } = await runOnReplicate(a, t.dir, '- {provider: replicate, model: "google/veo-3.1:ed5b1767", seconds: 4, size: 1280x720, prompt: A fox}\n');
    expect(result.exitCode).toBe(0);
    expect(a.requests[0]).toMatchObject({ method: 'GET', path: '/v1/models/google/veo-3.1/versions/ed5b1767' });
    expect(posts(a)[0]?.body).toEqual({ version: 'google/veo-3.1:ed5b1767', input: { prompt: 'A fox', duration: 4, aspect_ratio: '16:9', resolution: '720p' } });
  });

  it('a token the schema read refuses stops the run with zero creates', async () => {
    const a = await api();
    const t = await use.folder();
    const manifest = join(t.dir, 'm.yaml');
    await writeFile(manifest, '- {provider: replicate, model: google/veo-3.1-fast, prompt: A fox}\n- {provider: replicate, model: google/veo-3.1, prompt: A car}\n');
    const error = await caught(runFast({ manifest, outDir: join(t.dir, 'out') }, { REPLICATE_API_TOKEN: 'r8-wrong', REPLICATE_BASE_URL: a.url, XDG_CACHE_HOME: join(t.dir, 'cache') }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('REPLICATE_API_TOKEN');
    expect(posts(a)).toEqual([]);
  });
});
