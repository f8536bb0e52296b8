import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useResources } from './helpers.js';
import { json, MP4_BYTES, openaiShape, runOneJob, startHostile, videoObject } from './hostile-server.js';

const KEY = 'sk-gateway-secret-0123456789';

/** Where OpenAI-shaped gateways put the finished video's URL in the Video object. */
const SHAPES: readonly (readonly [string, (url: string) => Record<string, unknown>])[] = [
  ['video_url', (url) => ({ video_url: url })],
  ['url', (url) => ({ url })],
  ['data[0].url', (url) => ({ data: [{ url }] })],
];

describe('a gateway that gives the result as a URL in the video object (openai provider)', () => {
  const resources = useResources();

  it.each(SHAPES)('downloads from %s on another host, and the key never goes there', async (_field, place) => {
    const { dir } = await resources.folder();
    // The file host: another loopback address, standing in for a CDN.
    const files = await startHostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': MP4_BYTES.length });
      res.end(MP4_BYTES);
    }, '127.0.0.2');
    const fileUrl = `${files.url}/cdn/video_1.mp4`;
    // The gateway: no /content for its videos, only the URL in the object.
    const gateway = await startHostile(
      openaiShape(
        (_req, res) => json(res, 404, { error: { message: 'content is served from the URL in the video object', type: 'invalid_request_error' } }),
        (req, res) => {
          const path = (req.url ?? '').split('?')[0];
          // The create answers queued; the finished object, polled later, holds the URL.
          if (req.method === 'POST' && path === '/v1/videos') {
            json(res, 200, videoObject('video_1', 'a fox', 'queued'));
            return true;
          }
          if (req.method !== 'GET' || (path !== '/v1/videos/video_1' && path !== '/v1/videos')) return false;
          const video = { ...videoObject('video_1', 'a fox'), ...place(fileUrl) };
          json(res, 200, path === '/v1/videos' ? { object: 'list', data: [video], has_more: false } : video);
          return true;
        },
      ),
    );
    try {
      const { job, outDir, exitCode } = await runOneJob(dir, { OPENAI_API_KEY: KEY }, { baseUrl: `${gateway.url}/v1` });
      expect(job.status).toBe('completed');
      expect(exitCode).toBe(0);
      expect(await readFile(join(outDir, job.file!))).toEqual(MP4_BYTES);
      expect(files.count('/cdn/video_1.mp4')).toBe(1);
      for (const hit of files.hits) {
        expect(hit.headers.authorization).toBeUndefined();
        expect(JSON.stringify(hit.headers)).not.toContain(KEY);
      }
      // The gateway itself still got the key on every request.
      expect(gateway.hits.every((hit) => hit.headers.authorization === `Bearer ${KEY}`)).toBe(true);
    } finally {
      await Promise.all([files.close(), gateway.close()]);
    }
  });

  it('still downloads /videos/{id}/content when the object names no URL', async () => {
    const { dir } = await resources.folder();
    const gateway = await startHostile(
      openaiShape((_req, res) => {
        res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': MP4_BYTES.length });
        res.end(MP4_BYTES);
      }),
    );
    try {
      const { job } = await runOneJob(dir, { OPENAI_API_KEY: KEY }, { baseUrl: `${gateway.url}/v1` });
      expect(job.status).toBe('completed');
      expect(gateway.count('/v1/videos/video_1/content')).toBe(1);
    } finally {
      await gateway.close();
    }
  });
});
