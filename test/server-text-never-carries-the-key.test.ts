import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { redactSecrets } from '../src/redact.js';
import { runCli, useResources, writeManifest } from './helpers.js';

/** Not shaped like any known key: only redaction by value can catch it. */
const KEY = 'zq9Q-unshaped-Secret-Value-771';

/** An OpenAI-shaped server that repeats the credentials it was sent in every error it gives. */
function echoingServer(): Promise<Server> {
  let failedPolls = 0;
  const video = (id: string, status: string, error?: { code: string; message: string }) => ({
    id, object: 'video', created_at: Math.floor(Date.now() / 1000), status, model: 'sora-2', progress: 0, seconds: '4', size: '720x1280', error: error ?? null,
  });
  const send = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^Bearer /, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST' && path === '/v1/videos') {
      if (body.includes('bad request')) return send(res, 400, { error: { message: `Invalid header: Authorization: ${auth}`, type: 'invalid_request_error', code: token } });
      if (body.includes('server error')) return send(res, 500, { error: { message: `upstream failed for key ${token}`, type: 'server_error' } });
      return send(res, 200, video('video_fail', 'queued'));
    }
    if (req.method === 'GET' && path === '/v1/videos/video_fail') {
      if (failedPolls++ === 0) return send(res, 500, { error: { message: `retry later; you sent ${auth}`, type: 'server_error' } });
      return send(res, 200, video('video_fail', 'failed', { code: 'upstream_error', message: `the upstream rejected ${token}` }));
    }
    return send(res, 404, { error: { message: `Invalid URL (${req.method} ${path}) for ${token}`, type: 'invalid_request_error' } });
  };
  const server = createServer((req, res) => void handle(req, res));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('text from a server never carries the key into reports or logs', () => {
  const use = useResources();
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('redacts the key a server echoes in a 400, a 500 and a failed video, everywhere', async () => {
    server = await echoingServer();
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: bad, prompt: "a bad request"}\n- {id: boom, prompt: "a server error"}\n- {id: fail, prompt: "a fox"}\n');
    const out = join(t.dir, 'out');
    const result = await runCli(['run', manifest, '--out', out, '--base-url', url, '--timeout', '30'], { OPENAI_API_KEY: KEY });
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).not.toContain(KEY);
    const files = await filesUnder(out);
    expect(files.map((f) => f.slice(out.length + 1))).toEqual(expect.arrayContaining(['report.json', 'report.md', 'report.html', 'ledger.jsonl']));
    for (const file of files) expect(await readFile(file, 'utf8'), file).not.toContain(KEY);
    // What the server said is kept, minus the key.
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as { jobs: { id: string; error: { code: string; message: string } | null; decisions: string[] }[] };
    const byId = new Map(report.jobs.map((job) => [job.id, job]));
    expect(byId.get('bad')?.error?.message).toBe('Invalid header: Authorization: [redacted]');
    expect(byId.get('fail')?.error).toEqual({ code: 'upstream_error', message: 'the upstream rejected [redacted]' });
    expect(JSON.stringify(byId.get('boom'))).toContain('upstream failed for key [redacted]');
  });
});

describe('redactSecrets', () => {
  it.each([
    ['Authorization: Bearer abc.def-ghi', 'Authorization: [redacted]'],
    ['"authorization":"Bearer abcdefgh"', '"authorization":"[redacted]"'],
    ['use key sk-proj-AAAAbbbb1234_x please', 'use key [redacted] please'],
    ['bearer eyJhbGciOiJIUzI1NiJ9.e30.sig', '[redacted]'],
    ['https://x.googleapis.com/v1/files/a?alt=media&key=AIzaSyA-secret', 'https://x.googleapis.com/v1/files/a?alt=media&key=[redacted]'],
    ['x-goog-api-key: AIzaSyA01234567890123456789', 'x-goog-api-key: [redacted]'],
    ['video_abc123 is queued', 'video_abc123 is queued'],
  ])('%s', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it('redacts a configured key by value, URL-encoded too, and leaves short words alone', () => {
    expect(redactSecrets('got my+key/value= and my%2Bkey%2Fvalue%3D', ['my+key/value='])).toBe('got [redacted] and [redacted]');
    expect(redactSecrets('a short key', ['key'])).toBe('a short key');
  });
});
