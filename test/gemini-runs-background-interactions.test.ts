/**
 * The gemini provider starts a background interaction, polls it by id, and saves the video from
 * its output, inline base64 or a Files API `uri` (downloaded with the key once the file is
 * ACTIVE); the interaction's usage at the catalog's token price is the job's actual cost.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogRow } from '../src/providers/catalog-data.js';
import { useResources } from './helpers.js';
import { json, MP4_BYTES, useHostile } from './hostile-server.js';
import { completedInteraction, INTERACTION_ID, interactionsApi, runGemini, sendVideo } from './gemini-fixture.js';

describe('gemini: background interactions', () => {
  const use = useResources();
  const serve = useHostile();

  it('sends the create as the reference shapes it, polls until completed, and saves the inline video with its cost', async () => {
    const { dir } = await use.folder();
    const usage = { total_input_tokens: 12, total_output_tokens: 46336, output_tokens_by_modality: [{ modality: 'video', tokens: 46336 }], total_tokens: 46348 };
    const { handler, creates } = interactionsApi({
      poll: (res, call) =>
        call < 3
          ? json(res, 200, { id: INTERACTION_ID, status: 'in_progress' })
          : json(res, 200, completedInteraction({ data: MP4_BYTES.toString('base64') }, usage)),
    });
    const api = await serve(handler);
    const { job, outDir, exitCode } = await runGemini(dir, `${api.url}/v1beta`);

    expect(exitCode).toBe(0);
    expect(job.status).toBe('completed');
    expect(job.videoId).toBe(INTERACTION_ID);
    expect((await readFile(join(outDir, job.file!))).equals(MP4_BYTES)).toBe(true);
    expect(creates).toEqual([
      {
        model: 'gemini-omni-1.2-flash',
        input: 'a fox',
        response_modalities: ['video'],
        response_format: { type: 'video', aspect_ratio: '16:9', resolution: '720p', duration: '8s' },
        background: true,
      },
    ]);
    // A gateway-shaped base URL (not *.googleapis.com) gets the key as a Bearer token.
    const create = api.hits.find((hit) => hit.method === 'POST')!;
    expect(create.headers.authorization).toBe('Bearer gm-test-secret');
    expect(create.headers['x-goog-api-key']).toBeUndefined();
    expect(api.count(`/v1beta/interactions/${INTERACTION_ID}`)).toBe(3);

    const price = catalogRow('gemini', 'gemini-omni-1.2-flash')!.price!.usd_per_million_tokens!;
    expect(job.actualCostUsd).toBeCloseTo((12 * price.input + 46336 * price.output_video) / 1e6, 6);
  });

  it('downloads a uri result with the key only after the Files API says ACTIVE', async () => {
    const { dir } = await use.folder();
    let fileChecks = 0;
    const { handler } = interactionsApi({
      poll: (res) => json(res, 200, completedInteraction({ uri: `${api.url}/v1beta/files/vid123` })),
      other: (req, res, path) => {
        if (path === '/v1beta/files/vid123') {
          fileChecks++;
          json(res, 200, { name: 'files/vid123', mimeType: 'video/mp4', state: fileChecks < 2 ? 'PROCESSING' : 'ACTIVE' });
          return true;
        }
        if (path === '/v1beta/files/vid123:download') {
          if (req.headers.authorization !== 'Bearer gm-test-secret') json(res, 403, { error: { code: 403, message: 'no key', status: 'PERMISSION_DENIED' } });
          else sendVideo(res);
          return true;
        }
        return false;
      },
    });
    const api = await serve(handler);
    const { job, outDir } = await runGemini(dir, `${api.url}/v1beta`);

    expect(job.status).toBe('completed');
    expect((await readFile(join(outDir, job.file!))).equals(MP4_BYTES)).toBe(true);
    const paths = api.hits.map((hit) => hit.path);
    const download = paths.indexOf('/v1beta/files/vid123:download?alt=media');
    expect(download).toBeGreaterThan(-1);
    // Two metadata reads (PROCESSING, then ACTIVE), both before the one download.
    expect(paths.filter((path) => path === '/v1beta/files/vid123')).toHaveLength(2);
    expect(paths.lastIndexOf('/v1beta/files/vid123')).toBeLessThan(download);
    expect(paths.filter((path) => path.startsWith('/v1beta/files/vid123:download'))).toHaveLength(1);
  });

  it('fails a completed interaction that holds no video instead of calling it done', async () => {
    const { dir } = await use.folder();
    const { handler } = interactionsApi({
      poll: (res) => json(res, 200, { id: INTERACTION_ID, status: 'completed', steps: [{ type: 'user_input', content: [{ type: 'text', text: 'a fox' }] }] }),
    });
    const api = await serve(handler);
    const { job, exitCode } = await runGemini(dir, `${api.url}/v1beta`);
    expect(exitCode).toBe(1);
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('no_video');
  });
});
