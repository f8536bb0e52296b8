import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { useResources } from './helpers.js';
import { MP4_BYTES, openaiShape, runOneJob, startHostile, type Hostile } from './hostile-server.js';

const servers: Hostile[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function send(res: ServerResponse, type: string | undefined, body: Buffer | string): void {
  const bytes = Buffer.from(body);
  res.writeHead(200, { ...(type === undefined ? {} : { 'content-type': type }), 'content-length': bytes.length });
  res.end(bytes);
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const WEBM = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]), Buffer.from('webm'), Buffer.alloc(32)]);
const HTML = '<!doctype html><html><head><title>502 Bad Gateway</title></head><body>upstream error</body></html>';

/** An OpenAI-shaped API whose video content (and thumbnail) is whatever `content()` says at the moment. */
async function api(content: { video: (res: ServerResponse) => void; thumbnail?: (res: ServerResponse) => void }): Promise<Hostile> {
  const server = await startHostile(
    openaiShape((req, res) => {
      const variant = new URL(req.url ?? '/', 'http://x').searchParams.get('variant');
      if (variant === 'thumbnail' && content.thumbnail) return content.thumbnail(res);
      content.video(res);
    }),
  );
  servers.push(server);
  return server;
}

describe('a completed video is a video', () => {
  const use = useResources();
  const env = { OPENAI_API_KEY: 'sk-test' };

  it('fails an HTML answer as bad_download, saves nothing, and the next run downloads it without paying again', async () => {
    const { dir } = await use.folder();
    const content = { video: (res: ServerResponse) => send(res, 'text/html; charset=utf-8', HTML) };
    const server = await api(content);
    const first = await runOneJob(dir, env, { baseUrl: `${server.url}/v1` });
    expect(first.job.status).toBe('failed');
    expect(first.job.error?.code).toBe('bad_download');
    expect(first.job.error?.message).toContain('text/html');
    expect(first.job.error?.message).toContain('502 Bad Gateway');
    expect(first.job.file).toBeNull();
    expect(await readdir(join(first.outDir, 'videos'))).toEqual([]);

    content.video = (res) => send(res, 'video/mp4', MP4_BYTES);
    const second = await runOneJob(dir, env, { baseUrl: `${server.url}/v1` });
    expect(second.job.status).toBe('completed');
    expect((await readFile(join(second.outDir, second.job.file!))).equals(MP4_BYTES)).toBe(true);
    expect(server.hits.filter((hit) => hit.method === 'POST')).toHaveLength(1);
  });

  it('fails 0 bytes, a JSON error object and bytes that are no video container as bad_download', async () => {
    const cases: [string | undefined, Buffer | string, RegExp][] = [
      ['video/mp4', '', /empty, 0 bytes/],
      ['application/json', '{"error":{"message":"video not ready","type":"invalid_request_error"}}', /application\/json.*video not ready/],
      ['application/octet-stream', Buffer.from('this is not an mp4 file, just text pretending'), /not an MP4, MOV or WebM file.*pretending/],
      [undefined, Buffer.alloc(300, 0x07), /no content type.*\(hex\)/],
    ];
    for (const [type, body, message] of cases) {
      const { dir } = await use.folder();
      const server = await api({ video: (res) => send(res, type, body) });
      const { job, outDir } = await runOneJob(dir, env, { baseUrl: `${server.url}/v1` });
      expect(job.status, String(type)).toBe('failed');
      expect(job.error?.code).toBe('bad_download');
      expect(job.error?.message).toMatch(message);
      expect(await readdir(join(outDir, 'videos'))).toEqual([]);
      // Not retried: what a server sends as "the video" does not change by asking again.
      expect(server.count('/v1/videos/video_1/content')).toBe(1);
    }
  });

  it('accepts WebM (EBML) as well as MP4', async () => {
    const { dir } = await use.folder();
    const server = await api({ video: (res) => send(res, 'video/webm', WEBM) });
    const { job } = await runOneJob(dir, env, { baseUrl: `${server.url}/v1` });
    expect(job.status).toBe('completed');
  });

  it('drops a preview that is not an image with a note, and still completes the job', async () => {
    const { dir } = await use.folder();
    const server = await api({ video: (res) => send(res, 'video/mp4', MP4_BYTES), thumbnail: (res) => send(res, 'text/html', HTML) });
    const { job, outDir } = await runOneJob(dir, env, { baseUrl: `${server.url}/v1`, variants: ['thumbnail'] });
    expect(job.status).toBe('completed');
    expect(job.thumbnail).toBeNull();
    expect(job.decisions.join('\n')).toMatch(/thumbnail not saved: .*not an image.*text\/html/);
    expect(await readdir(join(outDir, 'videos'))).toEqual(['fox.mp4']);
  });

  it('keeps a preview that is a PNG', async () => {
    const { dir } = await use.folder();
    const server = await api({ video: (res) => send(res, 'video/mp4', MP4_BYTES), thumbnail: (res) => send(res, 'image/png', PNG) });
    const { job } = await runOneJob(dir, env, { baseUrl: `${server.url}/v1`, variants: ['thumbnail'] });
    expect(job.thumbnail).toBe('videos/fox.thumbnail.png');
    expect(job.decisions).toEqual([]);
  });
});
