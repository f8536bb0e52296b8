import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createOpenAIProvider } from '../src/providers/openai/client.js';
import { ProviderError } from '../src/providers/types.js';
import { createVeoProvider } from '../src/providers/veo/client.js';
import { saveStream } from '../src/runner/download.js';
import { caught, useResources } from './helpers.js';
import { MP4_BYTES, openaiShape, runOneJob, useHostile } from './hostile-server.js';

// Each case would hang for ever without its bound; the test's own timeout turns that into a failure.
const HANG = 8000;

const serve = useHostile();

/** Sends `head`, then one byte of `drip` every `everyMs` for ever (until the client goes). */
function dripping(res: ServerResponse, type: string, head: Buffer, drip: string, everyMs: number): void {
  res.writeHead(200, { 'content-type': type });
  res.write(head);
  const timer = setInterval(() => res.write(drip), everyMs);
  res.on('close', () => clearInterval(timer));
}

/** A valid JSON answer of `bytes` bytes, streamed without content-length. */
function hugeJson(res: ServerResponse, prefix: string, bytes: number): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write(`${prefix}"pad":"`);
  const chunk = 'x'.repeat(1 << 20);
  let sent = 0;
  const more = (): void => {
    while (sent < bytes) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', more);
    }
    res.end('"}');
  };
  more();
}

const signal = (): AbortSignal => new AbortController().signal;

describe('JSON answers are bounded in time and size', () => {
  it('openai: a status answer whose body never ends times out at the request timeout', { timeout: HANG }, async () => {
    const api = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":"video_1","status":"in_pro');
    });
    const provider = createOpenAIProvider({ apiKey: 'sk-test', baseUrl: `${api.url}/v1`, requestTimeoutMs: 300 });
    const error = await caught(provider.status('video_1', signal()));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it('openai: an answer that drips a byte now and then still ends at the request timeout', { timeout: HANG }, async () => {
    const api = await serve((_req, res) => dripping(res, 'application/json', Buffer.from('{"id":"video_1",'), ' ', 40));
    const provider = createOpenAIProvider({ apiKey: 'sk-test', baseUrl: `${api.url}/v1`, requestTimeoutMs: 300 });
    expect(await caught(provider.status('video_1', signal()))).toMatchObject({ kind: 'timeout', message: expect.stringMatching(/did not finish its answer/) });
  });

  it('veo: an answer that drips a byte now and then ends at the request timeout', { timeout: HANG }, async () => {
    const api = await serve((_req, res) => dripping(res, 'application/json', Buffer.from('{"name":"op1",'), ' ', 40));
    const provider = createVeoProvider({ apiKey: 'gm-test', baseUrl: `${api.url}/v1beta`, requestTimeoutMs: 300 });
    expect(await caught(provider.status('op1', signal()))).toMatchObject({ kind: 'timeout' });
  });

  it('openai: a list answer over 16 MiB is cut off, not read into memory', { timeout: HANG }, async () => {
    const api = await serve((_req, res) => hugeJson(res, '{"object":"list","data":[],"has_more":false,', 17 << 20));
    const provider = createOpenAIProvider({ apiKey: 'sk-test', baseUrl: `${api.url}/v1` });
    expect(await caught(provider.listStatuses!(signal()))).toMatchObject({ kind: 'server', message: expect.stringMatching(/over 16 MiB/) });
  });

  it('openai: an answer that announces more than 16 MiB is refused before its body is read', { timeout: HANG }, async () => {
    const api = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(1536 << 20) });
      res.write('{"object":"list","data":[');
    });
    const provider = createOpenAIProvider({ apiKey: 'sk-test', baseUrl: `${api.url}/v1` });
    expect(await caught(provider.listStatuses!(signal()))).toMatchObject({ kind: 'server', message: expect.stringMatching(/over 16 MiB/) });
  });

  it('veo: a status answer over 16 MiB is cut off', { timeout: HANG }, async () => {
    const api = await serve((_req, res) => hugeJson(res, '{"name":"op1","done":false,', 17 << 20));
    const provider = createVeoProvider({ apiKey: 'gm-test', baseUrl: `${api.url}/v1beta` });
    expect(await caught(provider.status('op1', signal()))).toMatchObject({ kind: 'server', message: expect.stringMatching(/over 16 MiB/) });
  });
});

describe('downloads are bounded in time', () => {
  const use = useResources();

  it('openai: a download that goes silent ends after the request timeout and leaves no file', { timeout: HANG }, async () => {
    const { dir } = await use.folder();
    const api = await serve(openaiShape((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4' });
      res.write(MP4_BYTES);
    }));
    const provider = createOpenAIProvider({ apiKey: 'sk-test', baseUrl: `${api.url}/v1`, requestTimeoutMs: 300 });
    const status = await provider.status('video_1', signal());
    const dest = join(dir, 'v.mp4');
    const error = await caught(provider.download('video_1', status, signal()).then((body) => saveStream(body, dest, signal(), 'video')));
    expect(error).toMatchObject({ kind: 'timeout', message: expect.stringMatching(/sent nothing for 0.3 s/) });
    expect(await readdir(dir)).toEqual([]);
  });

  it('veo: a download that goes silent ends after the request timeout', { timeout: HANG }, async () => {
    const { dir } = await use.folder();
    const api = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4' });
      res.write(MP4_BYTES);
    });
    const provider = createVeoProvider({ apiKey: 'gm-test', baseUrl: `${api.url}/v1beta`, requestTimeoutMs: 300 });
    const status = { state: 'completed', rawStatus: 'done', downloadUrl: `${api.url}/v1beta/files/a:download` } as const;
    const error = await caught(provider.download('op1', status, signal()).then((body) => saveStream(body, join(dir, 'v.mp4'), signal(), 'video')));
    expect(error).toMatchObject({ kind: 'timeout' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a download that drips a byte every 100 ms never outlives --timeout: the job ends timed_out with no file', { timeout: HANG }, async () => {
    const { dir } = await use.folder();
    const api = await serve(openaiShape((_req, res) => dripping(res, 'video/mp4', MP4_BYTES, '.', 100)));
    const { job, outDir } = await runOneJob(dir, { OPENAI_API_KEY: 'sk-test' }, { baseUrl: `${api.url}/v1`, timeoutSeconds: 1 });
    expect(job.status).toBe('timed_out');
    expect(job.error).toMatchObject({ code: 'timeout', message: expect.stringMatching(/download did not finish/) });
    expect(await readdir(join(outDir, 'videos'))).toEqual([]);
  });
});
