/**
 * first_frame, last_frame and reference_images reach each vendor under its own field names with
 * the files' own bytes (the simulator decodes every image and records its hash), and a field a
 * model cannot take is a manifest error at its line, naming what the model takes, before anything
 * is sent.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestError } from '../src/manifest/types.js';
import { simulatorBaseUrl } from '../src/simulate.js';
import { caught, runAgainst, useResources, writeManifest } from './helpers.js';
import { simulatorEnv, writePng } from './provider-support.js';

const sha = async (path: string): Promise<string> => createHash('sha256').update(await readFile(path)).digest('hex');

describe('first and last frames and reference images reach each vendor', () => {
  const use = useResources();

  it('runs examples/frames.yaml: Vertex and Veo get image + lastFrame, ModelArk reference_image items, OpenRouter input_references, each with the file\'s bytes', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const outDir = join(t.dir, 'out');
    const result = await runAgainst(sim, { manifest: resolve('examples/frames.yaml'), outDir, concurrency: 4 }, { env: simulatorEnv(sim) });
    expect(result.exitCode).toBe(0);
    const [dawn, night, character, lantern] = await Promise.all(
      ['harbour-dawn.png', 'harbour-night.png', 'character.png', 'lantern.png'].map((name) => sha(resolve('examples/images', name))),
    );
    const videos = [...sim.stats.videos.values()];
    const harbour = videos.filter((video) => video.prompt.startsWith('Time-lapse of a fishing harbour'));
    expect(harbour).toHaveLength(2); // Vertex AI and the Gemini API shape
    for (const video of harbour) {
      expect(video.inputImages?.map(({ field, sha256 }) => ({ field, sha256 }))).toEqual([
        { field: 'instances[0].image', sha256: dawn },
        { field: 'instances[0].lastFrame', sha256: night },
      ]);
    }
    const seedance = videos.find((video) => video.model === 'dreamina-seedance-2-0-260128');
    expect(seedance?.inputImages?.map(({ field, sha256 }) => ({ field, sha256 }))).toEqual([
      { field: 'content[1] reference_image', sha256: character },
      { field: 'content[2] reference_image', sha256: lantern },
    ]);
    const openrouter = videos.find((video) => video.model === 'bytedance/seedance-2.0');
    expect(openrouter?.inputImages?.map(({ field, sha256 }) => ({ field, sha256 }))).toEqual([
      { field: 'input_references[0]', sha256: character },
      { field: 'input_references[1]', sha256: lantern },
    ]);
    const creates = sim.stats.requests.filter((request) => request.route === 'create').map((request) => request.path);
    expect(creates.some((path) => path.includes('/projects/') && path.endsWith(':predictLongRunning'))).toBe(true);
    expect(creates).toContain('/v1beta/models/veo-3.1-fast-generate-001:predictLongRunning');
  });

  it('sends OpenRouter frame_images with first_frame and last_frame', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const first = await writePng(t.dir, 'a.png');
    const last = join(t.dir, 'b.png');
    await readFile(resolve('examples/images/harbour-night.png')).then((bytes) => import('node:fs/promises').then((fs) => fs.writeFile(last, bytes)));
    const manifest = await writeManifest(t.dir, 'm.yaml', [
      'jobs:',
      '  - {id: or, provider: openrouter, model: google/veo-3.1, seconds: 8, first_frame: a.png, last_frame: b.png, prompt: "A door opens"}',
    ].join('\n'));
    const result = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out') }, { env: simulatorEnv(sim) });
    expect(result.exitCode).toBe(0);
    const video = [...sim.stats.videos.values()][0];
    expect(video?.inputImages?.map(({ field, sha256 }) => ({ field, sha256 }))).toEqual([
      { field: 'frame_images[0] first_frame', sha256: await sha(first) },
      { field: 'frame_images[1] last_frame', sha256: await sha(last) },
    ]);
  });

  it('sends Replicate the names in the model\'s input schema: image + last_frame, and reference_images', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const first = await writePng(t.dir, 'a.png');
    const { writeFile } = await import('node:fs/promises');
    const last = join(t.dir, 'b.png');
    await writeFile(last, await readFile(resolve('examples/images/harbour-night.png')));
    const ref = join(t.dir, 'c.png');
    await writeFile(ref, await readFile(resolve('examples/images/lantern.png')));
    const manifest = await writeManifest(t.dir, 'm.yaml', [
      'defaults: {provider: replicate, model: google/veo-3.1, seconds: 8}',
      'jobs:',
      '  - {id: frames, first_frame: a.png, last_frame: b.png, prompt: "A door opens"}',
      '  - {id: refs, reference_images: [c.png], prompt: "A lantern on a table"}',
    ].join('\n'));
    const result = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out') }, { env: simulatorEnv(sim) });
    expect(result.exitCode).toBe(0);
    const byPrompt = (prompt: string) => [...sim.stats.videos.values()].find((video) => video.prompt === prompt)?.inputImages?.map(({ field, sha256 }) => ({ field, sha256 }));
    expect(byPrompt('A door opens')).toEqual([{ field: 'image', sha256: await sha(first) }, { field: 'last_frame', sha256: await sha(last) }]);
    expect(byPrompt('A lantern on a table')).toEqual([{ field: 'reference_images[0]', sha256: await sha(ref) }]);
  });

  it('sends Gemini the frames as image content parts, first then last, before the prompt', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const { writeFile } = await import('node:fs/promises');
    const first = await writePng(t.dir, 'a.png');
    const last = join(t.dir, 'b.png');
    await writeFile(last, await readFile(resolve('examples/images/harbour-night.png')));
    const manifest = await writeManifest(t.dir, 'm.yaml', [
      'jobs:',
      '  - {id: omni, provider: gemini, model: gemini-omni-1.2-flash, first_frame: a.png, last_frame: b.png, prompt: "A door opens"}',
    ].join('\n'));
    const result = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out') }, { env: { ...simulatorEnv(sim), GEMINI_BASE_URL: simulatorBaseUrl(sim, 'gemini') } });
    expect(result.report?.jobs[0]?.error ?? null).toBeNull();
    expect(result.exitCode).toBe(0);
    expect([...sim.stats.videos.values()][0]?.inputImages?.map(({ field, sha256 }) => ({ field, sha256 }))).toEqual([
      { field: 'input[0] image', sha256: await sha(first) },
      { field: 'input[1] image', sha256: await sha(last) },
    ]);
  });

  it('uploads a Gemini frame through the Files API when the frames pass its 20 MB inline limit, and the job completes', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const { writeFile } = await import('node:fs/promises');
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // 2 x 8 MB is 21.3 MB in base64: one frame must go by uri (the larger, b.png), the other fits inline.
    await writeFile(join(t.dir, 'a.png'), Buffer.concat([signature, Buffer.alloc(8 * 1024 * 1024)]));
    await writeFile(join(t.dir, 'b.png'), Buffer.concat([signature, Buffer.alloc(8 * 1024 * 1024 + 1, 1)]));
    const manifest = await writeManifest(t.dir, 'm.yaml', [
      'jobs:',
      '  - {id: omni, provider: gemini, model: gemini-omni-1.2-flash, first_frame: a.png, last_frame: b.png, prompt: "A door opens"}',
    ].join('\n'));
    const result = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out'), failOn: 'never' }, { env: { ...simulatorEnv(sim), GEMINI_BASE_URL: simulatorBaseUrl(sim, 'gemini') } });
    expect(result.report?.jobs[0]?.error ?? null).toBeNull();
    expect(result.exitCode).toBe(0);
    expect(sim.stats.requests.filter((request) => request.path === '/gemini/upload/v1beta/files').map((request) => request.status)).toEqual([200, 200]);
    expect(sim.stats.billedCreates).toBe(1);
    const video = [...sim.stats.videos.values()].find((one) => one.prompt === 'A door opens');
    expect(video?.inputImages?.map(({ field, sha256 }) => ({ field, sha256 }))).toEqual([
      { field: 'input[0] image', sha256: await sha(join(t.dir, 'a.png')) },
      { field: 'input[1] image', sha256: await sha(join(t.dir, 'b.png')) },
    ]);
  });

  it('a last_frame on a model that takes none is exit 2 at its line, naming what the model takes, and nothing is sent', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    await writePng(t.dir, 'a.png');
    await writePng(t.dir, 'b.png');
    const manifest = await writeManifest(t.dir, 'm.yaml', [
      'jobs:',
      '  - id: fast',
      '    provider: seedance',
      '    model: seedance-1-0-pro-fast-251015',
      '    prompt: "A fox"',
      '    first_frame: a.png',
      '    last_frame: b.png',
    ].join('\n'));
    const error = await caught(runAgainst(sim, { manifest, outDir: join(t.dir, 'out') }, { env: simulatorEnv(sim) }));
    expect(error).toBeInstanceOf(ManifestError);
    expect((error as Error).message).toMatch(/m\.yaml:7: job 1, field "last_frame": seedance-1-0-pro-fast-251015 takes a first frame; drop last_frame/);
    expect(sim.stats.requests.filter((request) => request.route === 'create')).toHaveLength(0);
  });

  it('too many reference images for Veo 3.1 is refused naming its limit of 3', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    for (const name of ['1.png', '2.png', '3.png', '4.png']) await writePng(t.dir, name);
    const manifest = await writeManifest(t.dir, 'm.yaml', [
      'jobs:',
      '  - {id: refs, provider: vertex, model: veo-3.1-generate-001, prompt: "A fox", reference_images: [1.png, 2.png, 3.png, 4.png]}',
    ].join('\n'));
    const error = await caught(runAgainst(sim, { manifest, outDir: join(t.dir, 'out') }, { env: simulatorEnv(sim) }));
    expect((error as Error).message).toMatch(/m\.yaml:2: job 1, field "reference_images": veo-3\.1-generate-001 takes .*up to 3 reference images.*\(got 4\)/);
    expect(sim.stats.billedCreates).toBe(0);
  });

  it('checks every reference image on disk when the manifest is read', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    await writePng(t.dir, 'a.png');
    const manifest = await writeManifest(t.dir, 'm.yaml', [
      'jobs:',
      '  - id: refs',
      '    provider: seedance',
      '    model: dreamina-seedance-2-0-260128',
      '    prompt: "A fox"',
      '    reference_images:',
      '      - a.png',
      '      - missing.png',
    ].join('\n'));
    const error = await caught(runAgainst(sim, { manifest, outDir: join(t.dir, 'out') }, { env: simulatorEnv(sim) }));
    expect((error as Error).message).toMatch(/m\.yaml:6: job 1, field "reference_images": no file at .*missing\.png/);
    expect(sim.stats.billedCreates).toBe(0);
  });
});
