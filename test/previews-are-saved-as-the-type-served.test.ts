import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { runAgainst, useResources, writeManifest } from './helpers.js';
import { installedTools } from './tools.js';

const hasFfmpeg = installedTools().ffprobe;

describe('preview images are served as the API serves them and saved under their type', () => {
  const use = useResources();

  it('thumbnail is WebP and spritesheet JPEG, as OpenAI serves them', async () => {
    const sim = await use.simulator({ queueMs: 0, generationMs: 10 });
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: sim.url, maxRetries: 0 });
    const video = await client.videos.create({ prompt: 'previews', size: '1280x720' });
    await new Promise((r) => setTimeout(r, 30));
    const thumbnail = await client.videos.downloadContent(video.id, { variant: 'thumbnail' });
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    const webp = Buffer.from(await thumbnail.arrayBuffer());
    expect([webp.toString('latin1', 0, 4), webp.toString('latin1', 8, 16)]).toEqual(['RIFF', 'WEBPVP8L']);
    const spritesheet = await client.videos.downloadContent(video.id, { variant: 'spritesheet' });
    expect(spritesheet.headers.get('content-type')).toBe('image/jpeg');
    const jpeg = Buffer.from(await spritesheet.arrayBuffer());
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect([...jpeg.subarray(-2)]).toEqual([0xff, 0xd9]);
  });

  it('a run saves videos/<id>.thumbnail.webp and .spritesheet.jpg, the report and gallery point at them, and a resumed run finds them', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: harbour, prompt: a harbour at dawn, size: 1280x720}\n');
    const outDir = join(t.dir, 'out');
    const options = { manifest, outDir, variants: ['thumbnail', 'spritesheet'] as const };
    const first = await runAgainst(sim, { ...options, variants: [...options.variants] });
    expect(first.report!.jobs[0]).toMatchObject({ status: 'completed', thumbnail: 'videos/harbour.thumbnail.webp', spritesheet: 'videos/harbour.spritesheet.jpg' });
    expect((await readdir(join(outDir, 'videos'))).sort()).toEqual(['harbour.mp4', 'harbour.spritesheet.jpg', 'harbour.thumbnail.webp']);
    expect(await readFile(join(outDir, 'report.html'), 'utf8')).toContain('poster="videos/harbour.thumbnail.webp"');

    const again = await runAgainst(sim, { ...options, variants: [...options.variants] });
    expect(again.report!.jobs[0]).toMatchObject({ status: 'skipped', thumbnail: 'videos/harbour.thumbnail.webp', spritesheet: 'videos/harbour.spritesheet.jpg' });
    await rm(join(outDir, 'videos', 'harbour.spritesheet.jpg'));
    const missing = await runAgainst(sim, { ...options, variants: [...options.variants] });
    expect(missing.report!.jobs[0]).toMatchObject({ thumbnail: 'videos/harbour.thumbnail.webp', spritesheet: null });
  });

  it.skipIf(!hasFfmpeg)('ffmpeg decodes both previews at the preview size', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: clip, prompt: decode me, size: 720x1280, seconds: 4}\n');
    const outDir = join(t.dir, 'out');
    await runAgainst(sim, { manifest, outDir, variants: ['thumbnail', 'spritesheet'] });
    for (const file of ['clip.thumbnail.webp', 'clip.spritesheet.jpg']) {
      const path = join(outDir, 'videos', file);
      expect(existsSync(path)).toBe(true);
      const probe = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=width,height', '-of', 'csv=p=0', path], { encoding: 'utf8' });
      expect(probe.status).toBe(0);
      const [width, height] = probe.stdout.trim().split(',').map(Number);
      expect(width).toBeGreaterThan(0);
      expect(height! > width!).toBe(file.includes('thumbnail')); // portrait frame; the sheet tiles 4 across
    }
  });
});
