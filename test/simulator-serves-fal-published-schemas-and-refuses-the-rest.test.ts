/**
 * The simulator tells the truth about fal: its Platform API serves the endpoints' published
 * schemas, its queue refuses a body those schemas refuse (fal's 422 `detail` list at the
 * response URL), and a --simulate run on the four endpoints goes through discovery and completes.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../src/simulate.js';
import { caught, runFast, useResources, writeManifest } from './helpers.js';
import { ManifestError } from '../src/manifest/types.js';
import { publishedValidator } from './fal-platform-fixture.js';

const KLING = 'fal-ai/kling-video/v2.5-turbo/pro/text-to-video';
const HAILUO = 'fal-ai/minimax/hailuo-02/standard/text-to-video';
const SEEDANCE = 'fal-ai/bytedance/seedance/v1/pro/text-to-video';
const VEO = 'fal-ai/veo3.1/fast';

async function submitAndResult(sim: Simulator, endpoint: string, input: unknown): Promise<{ status: number; body: unknown }> {
  const submit = await fetch(`${sim.origin}/fal/${endpoint}`, { method: 'POST', headers: { authorization: 'Key k', 'content-type': 'application/json' }, body: JSON.stringify(input) });
  const { response_url: responseUrl } = (await submit.json()) as { response_url: string };
  for (let i = 0; i < 200; i++) {
    const answer = await fetch(responseUrl, { headers: { authorization: 'Key k' } });
    if (answer.status !== 400) return { status: answer.status, body: await answer.json() };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the request never finished');
}

describe('the simulator serves fal\'s published schemas and refuses what they refuse', () => {
  const use = useResources();

  it('its Models API serves each endpoint\'s published schema, and its Pricing API answers in fal\'s shape', async () => {
    const sim = await startSimulator({ generationMs: 0 });
    try {
      const ids = [KLING, HAILUO, SEEDANCE, VEO, 'fal-ai/no-such-endpoint'].map((id) => `endpoint_id=${encodeURIComponent(id)}`).join('&');
      const models = (await (await fetch(`${sim.origin}/fal-platform/v1/models?${ids}&expand=openapi-3.0`, { headers: { authorization: 'Key k' } })).json()) as { models: { endpoint_id: string; metadata: { status: string }; openapi: { components: { schemas: Record<string, unknown> } } }[] };
      expect(models.models.map((m) => m.endpoint_id).sort()).toEqual([HAILUO, KLING, SEEDANCE, VEO].sort());
      const veo = models.models.find((m) => m.endpoint_id === VEO)!;
      expect(veo.metadata.status).toBe('active');
      expect(Object.keys(veo.openapi.components.schemas)).toEqual(['Veo31FastInput']);
      const pricing = await fetch(`${sim.origin}/fal-platform/v1/models/pricing?endpoint_id=fal-ai/veo3.1`, { headers: { authorization: 'Key k' } });
      expect(await pricing.json()).toEqual({ prices: [{ endpoint_id: 'fal-ai/veo3.1', unit_price: 0.4, unit: 'video_second', currency: 'USD' }], next_cursor: null, has_more: false });
    } finally {
      await sim.close();
    }
  });

  it('refuses a duration outside Kling\'s enum and a number where Veo takes "8s", with fal\'s 422 detail naming the field', async () => {
    const sim = await startSimulator({ generationMs: 0 });
    try {
      const kling = await submitAndResult(sim, KLING, { prompt: 'A fox', duration: '7' });
      expect(kling.status).toBe(422);
      expect(kling.body).toMatchObject({ detail: [{ loc: ['body', 'duration'], type: 'enum' }] });
      expect(JSON.stringify(kling.body)).toContain('\\"5\\", \\"10\\"');
      const veo = await submitAndResult(sim, VEO, { prompt: 'A fox', duration: 8 });
      expect(veo.status).toBe(422);
      expect(veo.body).toMatchObject({ detail: [{ loc: ['body', 'duration'] }] });
      const seedance = await submitAndResult(sim, SEEDANCE, { prompt: 'A fox', aspect_ratio: '427:240' });
      expect(seedance.body).toMatchObject({ detail: [{ loc: ['body', 'aspect_ratio'] }] });
      const fine = await submitAndResult(sim, VEO, { prompt: 'A fox', duration: '8s', generate_audio: false });
      expect(fine.status).toBe(200);
    } finally {
      await sim.close();
    }
  });

  it('a --simulate run of the four endpoints asks its Platform API and sends bodies each schema accepts', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(
      t.dir,
      'm.yaml',
      [
        'defaults: {provider: fal}',
        'jobs:',
        `  - {id: kling, model: ${KLING}, prompt: "A fox", seconds: 5, size: 1280x720}`,
        `  - {id: hailuo, model: ${HAILUO}, prompt: "A fox", seconds: 6}`,
        `  - {id: seedance, model: ${SEEDANCE}, prompt: "A fox", size: 854x480}`,
        `  - {id: veo, model: ${VEO}, prompt: "A fox", seconds: 8, audio: false}`,
      ].join('\n'),
    );
    const result = await runFast({ manifest, outDir: join(t.dir, 'out'), simulate: true, poll: { minIntervalMs: 10, maxIntervalMs: 50 } }, {});
    expect(result.exitCode).toBe(0);
    expect(result.report?.jobs.map((j) => j.status)).toEqual(['completed', 'completed', 'completed', 'completed']);
    // Only the simulator's Models API knows Kling's durations (no catalog row): a 7 s job is refused before sending.
    const bad = await writeManifest(t.dir, 'bad.yaml', ['defaults: {provider: fal}', 'jobs:', `  - {id: kling, model: ${KLING}, prompt: "A fox", seconds: 7}`].join('\n'));
    const error = await caught(runFast({ manifest: bad, outDir: join(t.dir, 'out2'), simulate: true }, {}));
    expect(error).toBeInstanceOf(ManifestError);
    expect((error as Error).message).toMatch(/bad\.yaml:3.*makes 5, 10 seconds/);
    // The schemas the simulator refuses with are the ones the ajv check holds bodies to.
    expect(publishedValidator(KLING)({ prompt: 'x', duration: '7' })).toBe(false);
  });
});
