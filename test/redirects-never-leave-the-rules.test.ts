import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hopRefusal, hopRulesFor } from '../src/providers/hop-rules.js';
import { createVeoProvider } from '../src/providers/veo/client.js';
import { useResources } from './helpers.js';
import { json, MP4_BYTES, openaiShape, runOneJob, useHostile } from './hostile-server.js';

const serve = useHostile();

function redirect(res: import('node:http').ServerResponse, location: string): void {
  res.writeHead(302, { location });
  res.end();
}

function sendVideo(res: import('node:http').ServerResponse): void {
  res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': MP4_BYTES.length });
  res.end(MP4_BYTES);
}

const VEO_YAML = 'jobs:\n  - id: fox\n    provider: veo\n    model: veo-3.1-fast-generate-001\n    prompt: a fox\n    seconds: 8\n';

/** A Gemini API whose finished operation names `uri` as the video. */
function veoShape(uri: () => string, file: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void) {
  return (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): void => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (req.method === 'POST' && path.endsWith(':predictLongRunning')) {
      return json(res, 200, { name: 'models/veo/operations/op1', done: true, response: { generateVideoResponse: { generatedSamples: [{ video: { uri: uri() } }] } } });
    }
    if (path.startsWith('/v1beta/files/')) return file(req, res);
    if (path === '/leak') return sendVideo(res);
    json(res, 404, { error: { code: 404, message: 'no route', status: 'NOT_FOUND' } });
  };
}

describe('hop rules', () => {
  const remote = hopRulesFor('https://api.openai.com/v1');
  const local = hopRulesFor('http://127.0.0.1:4010/v1');
  const refused = (text: string, rules = remote): string | undefined => hopRefusal(new URL(text), rules);

  it('refuses link-local, private, unspecified and non-https targets, however the address is spelled', () => {
    for (const target of [
      'http://169.254.169.254/latest/meta-data/',
      'https://169.254.169.254/',
      'https://[fe80::1]/',
      'https://10.0.0.7/',
      'https://172.20.1.1/',
      'https://192.168.1.10/',
      'https://[fc00::5]/',
      'https://[fd12:3456::1]/',
      'https://0.0.0.0/',
      'https://[::]/',
      'https://[::ffff:169.254.169.254]/',
      'https://0xa9.0xfe.0xa9.0xfe/',
      'https://2852039166/',
      'http://cdn.example.com/v.mp4',
      'ftp://cdn.example.com/v.mp4',
    ]) {
      expect(refused(target), target).toBeDefined();
      expect(refused(target, local), target).toBeDefined();
    }
  });

  it('refuses this machine unless the API itself is on it, and lets https hosts and the API origin through', () => {
    for (const target of ['http://127.0.0.1:9/x', 'https://localhost/x', 'https://[::1]/x', 'http://127.0.0.2/x', 'https://app.localhost/x']) {
      expect(refused(target), target).toMatch(/loopback/);
      expect(refused(target, local), target).toBeUndefined();
    }
    expect(refused('https://cdn.openai.com/v.mp4')).toBeUndefined();
    expect(refused('https://api.openai.com/v1/videos/x/content')).toBeUndefined();
    // The user's own gateway on a private address is theirs to use.
    expect(refused('http://10.1.2.3:8080/v1/videos', hopRulesFor('http://10.1.2.3:8080/v1'))).toBeUndefined();
    expect(refused('http://10.1.2.4:8080/v.mp4', hopRulesFor('http://10.1.2.3:8080/v1'))).toBeDefined();
  });
});

describe('downloads follow redirects only within the rules', () => {
  const use = useResources();

  it('openai: refuses a redirect to 0.0.0.0 before requesting it, fails the job once with the host named, and saves nothing', async () => {
    const { dir } = await use.folder();
    let port = 0;
    const api = await serve(openaiShape((_req, res) => redirect(res, `http://0.0.0.0:${port}/leak`), (req, res) => {
      if (req.url === '/leak') {
        sendVideo(res);
        return true;
      }
      return false;
    }));
    port = Number(new URL(api.url).port);
    const { job, outDir } = await runOneJob(dir, { OPENAI_API_KEY: 'sk-test-secret' }, { baseUrl: `${api.url}/v1` });
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('redirect_refused');
    expect(job.error?.message).toContain(`0.0.0.0:${port}`);
    expect(api.count('/leak')).toBe(0);
    expect(api.count('/v1/videos/video_1/content')).toBe(1); // not retried
    expect(await readdir(join(outDir, 'videos'))).toEqual([]);
  });

  it('veo: refuses a redirect to 0.0.0.0 before requesting it', async () => {
    const { dir } = await use.folder();
    let base = '';
    const api = await serve(veoShape(() => `${base}/v1beta/files/op1:download?alt=media`, (_req, res) => redirect(res, `http://0.0.0.0:${new URL(base).port}/leak`)));
    base = api.url;
    const { job, outDir } = await runOneJob(dir, { GEMINI_API_KEY: 'gm-test-secret', GEMINI_BASE_URL: `${api.url}/v1beta` }, {}, VEO_YAML);
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('redirect_refused');
    expect(job.error?.message).toContain('0.0.0.0');
    expect(api.count('/leak')).toBe(0);
    expect(api.count('/v1beta/files/')).toBe(1);
    expect(await readdir(join(outDir, 'videos'))).toEqual([]);
  });

  it('veo: a video URI on another host is refused before any request when it is private or plain http', async () => {
    const { dir } = await use.folder();
    const api = await serve(veoShape(() => 'http://192.168.77.1/v.mp4', (_req, res) => sendVideo(res)));
    const { job } = await runOneJob(dir, { GEMINI_API_KEY: 'gm-test-secret', GEMINI_BASE_URL: `${api.url}/v1beta` }, {}, VEO_YAML);
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('download_refused');
    expect(job.error?.message).toContain('192.168.77.1');
  });

  it('veo: x-goog-api-key and every other credential stay behind when a redirect leaves the API origin', async () => {
    const cdn = await serve((_req, res) => sendVideo(res), '127.0.0.2');
    const api = await serve((_req, res) => redirect(res, `${cdn.url}/video.mp4`));
    const provider = createVeoProvider({ apiKey: 'gm-test-secret', baseUrl: `${api.url}/v1beta`, auth: 'x-goog-api-key' });
    const download = await provider.download('op1', { state: 'completed', rawStatus: 'done', downloadUrl: `${api.url}/v1beta/files/a:download` }, new AbortController().signal);
    expect(Buffer.from(await new Response(download.body).arrayBuffer()).equals(MP4_BYTES)).toBe(true);
    expect(api.hits[0]?.headers['x-goog-api-key']).toBe('gm-test-secret');
    expect(cdn.hits).toHaveLength(1);
    const leaked = Object.entries(cdn.hits[0]!.headers).filter(([, value]) => String(value).includes('gm-test-secret'));
    expect(leaked).toEqual([]);
  });

  it('openai: a redirect from a loopback API to another loopback host is followed, without the key', async () => {
    const { dir } = await use.folder();
    const cdn = await serve((_req, res) => sendVideo(res), '127.0.0.2');
    const api = await serve(openaiShape((_req, res) => redirect(res, `${cdn.url}/video.mp4`)));
    const { job, outDir } = await runOneJob(dir, { OPENAI_API_KEY: 'sk-test-secret' }, { baseUrl: `${api.url}/v1` });
    expect(job.status).toBe('completed');
    expect((await readFile(join(outDir, job.file!))).equals(MP4_BYTES)).toBe(true);
    expect(Object.values(cdn.hits[0]!.headers).filter((value) => String(value).includes('sk-test-secret'))).toEqual([]);
  });

  it('openai: stops after 5 redirects instead of following a loop (and does not retry it)', async () => {
    const { dir } = await use.folder();
    let n = 0;
    const api = await serve(openaiShape((_req, res) => redirect(res, `/v1/videos/video_1/content?hop=${++n}`)));
    const { job } = await runOneJob(dir, { OPENAI_API_KEY: 'sk-test-secret' }, { baseUrl: `${api.url}/v1` });
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('redirect_refused');
    expect(job.error?.message).toMatch(/more than 5 times/);
    expect(api.count('/v1/videos/video_1/content')).toBe(6);
  });
});
