/**
 * The gemini provider sends input images inline while they fit the Gemini API's inline limit; past
 * it, the largest image goes through the Files API's resumable upload (start, then `upload,
 * finalize` at the session URL) and the create carries its uri. The ledger intent (`sending`) is
 * called only after the uploads, right before the create. The limit is the client's option, so the
 * test does not push 20 MB: the simulator checks the bytes it received against the file's.
 */
import { createHash } from 'node:crypto';
import { copyFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGeminiProvider } from '../src/providers/gemini/client.js';
import { inlineSize } from '../src/providers/gemini/wire.js';
import { simulatorBaseUrl } from '../src/simulate.js';
import type { JobSpec } from '../src/types.js';
import { useResources } from './helpers.js';
import { writePng } from './provider-support.js';
import { json, useHostile } from './hostile-server.js';
import { interactionsApi } from './gemini-fixture.js';
import { ProviderError } from '../src/providers/types.js';

const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('gemini: input images past the inline limit go through the Files API', () => {
  const use = useResources();

  it('uploads the reference image that does not fit inline (two upload requests), sends its uri, and the job completes', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const small = await writePng(t.dir, 'small.png');
    const big = join(t.dir, 'big.png');
    await copyFile(resolve('examples/images/product.png'), big);
    const [smallBytes, bigBytes] = await Promise.all([readFile(small), readFile(big)]);
    // Both inline would be one byte over the limit: the larger one is uploaded, the smaller stays inline.
    const limit = inlineSize(smallBytes.length) + inlineSize(bigBytes.length) - 1;
    const creates: unknown[] = [];
    // The real fetch, watched: the create's body is read to see which image went by uri.
    const watched: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.endsWith('/interactions') && typeof init?.body === 'string') creates.push(JSON.parse(init.body));
      return fetch(input, init);
    };
    const provider = createGeminiProvider({ apiKey: 'gm-test-gemini', baseUrl: simulatorBaseUrl(sim, 'gemini'), fetch: watched, inlineLimitBytes: limit });
    const job: JobSpec = {
      id: 'refs',
      prompt: 'A lantern on a table',
      provider: 'gemini',
      model: 'gemini-omni-1.2-flash',
      referenceImages: [small, big],
      inputRoots: [t.dir],
      source: { file: 'm.yaml', line: 1 },
    };
    const uploadPath = '/gemini/upload/v1beta/files';
    let uploadsBeforeSending = -1;
    let createsBeforeSending = -1;
    const signal = new AbortController().signal;
    const submitted = await provider.submit(job, undefined, signal, () => {
      uploadsBeforeSending = sim.stats.requests.filter((request) => request.path === uploadPath && request.status === 200).length;
      createsBeforeSending = creates.length;
    });
    expect(uploadsBeforeSending).toBe(2);
    expect(createsBeforeSending).toBe(0);
    expect(sim.stats.requests.filter((request) => request.path === uploadPath).map((request) => request.status)).toEqual([200, 200]);

    expect(creates).toHaveLength(1);
    const input = (creates[0] as { input: Record<string, unknown>[] }).input;
    expect(input[0]).toEqual({ type: 'image', data: smallBytes.toString('base64'), mime_type: 'image/png' });
    expect(input[1]).toEqual({ type: 'image', uri: expect.stringMatching(/\/gemini\/v1beta\/files\/upload-1$/), mime_type: 'image/png' });
    expect(input[1]).not.toHaveProperty('data');

    // The simulator resolved the uri to the bytes it received: the file's own bytes.
    const video = [...sim.stats.videos.values()].find((one) => one.prompt === 'A lantern on a table');
    expect(video?.inputImages?.map(({ field, sha256 }) => ({ field, sha256 }))).toEqual([
      { field: 'input[0] image', sha256: sha(smallBytes) },
      { field: 'input[1] image', sha256: sha(bigBytes) },
    ]);

    let status = await provider.status(submitted.remoteId, signal);
    for (let poll = 0; poll < 200 && status.state !== 'completed' && status.state !== 'failed'; poll++) {
      await new Promise((done) => setTimeout(done, 20));
      status = await provider.status(submitted.remoteId, signal);
    }
    expect(status.state).toBe('completed');
    const body = await provider.download(submitted.remoteId, status, signal);
    const saved = Buffer.from(await new Response(body.body).arrayBuffer());
    expect(saved.length).toBeGreaterThan(0);
  });

  it('keeps every image inline when they fit the limit exactly (no upload)', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const small = await writePng(t.dir, 'small.png');
    const limit = inlineSize((await readFile(small)).length);
    const provider = createGeminiProvider({ apiKey: 'gm-test-gemini', baseUrl: simulatorBaseUrl(sim, 'gemini'), inlineLimitBytes: limit });
    const job: JobSpec = { id: 'one', prompt: 'A fox', provider: 'gemini', model: 'gemini-omni-1.2-flash', referenceImages: [small], inputRoots: [t.dir], source: { file: 'm.yaml', line: 1 } };
    await provider.submit(job, undefined, new AbortController().signal);
    expect(sim.stats.requests.filter((request) => request.path.includes('/upload/'))).toHaveLength(0);
    expect(sim.stats.requests.filter((request) => request.route === 'create').map((request) => request.status)).toEqual([200]);
  });
});

describe('gemini: where an image upload goes', () => {
  const use = useResources();
  const serve = useHostile();

  it('refuses an upload session URL on another host: no bytes and no key go there, and no create is sent', async () => {
    const t = await use.folder();
    const image = await writePng(t.dir, 'a.png');
    const elsewhere = await serve((_req, res) => json(res, 200, { file: { name: 'files/x', uri: 'https://elsewhere/files/x', state: 'ACTIVE' } }), '127.0.0.2');
    const { handler, creates } = interactionsApi({
      poll: (res) => json(res, 500, {}),
      other: (req, res, path) => {
        if (req.method !== 'POST' || path !== '/upload/v1beta/files') return false;
        res.writeHead(200, { 'x-goog-upload-url': `${elsewhere.url}/upload/v1beta/files?upload_id=1` });
        res.end();
        return true;
      },
    });
    const api = await serve(handler);
    const provider = createGeminiProvider({ apiKey: 'gm-test-secret', baseUrl: `${api.url}/v1beta`, inlineLimitBytes: 1 });
    const job: JobSpec = { id: 'one', prompt: 'A fox', provider: 'gemini', model: 'gemini-omni-1.2-flash', referenceImages: [image], inputRoots: [t.dir], source: { file: 'm.yaml', line: 1 } };
    let sent = false;
    const error = await provider.submit(job, undefined, new AbortController().signal, () => (sent = true)).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).details.code).toBe('upload_refused');
    expect((error as ProviderError).message).toContain('127.0.0.2');
    expect(api.count('/upload/v1beta/files')).toBe(1);
    expect(elsewhere.hits).toHaveLength(0);
    expect(creates).toHaveLength(0);
    expect(sent).toBe(false);
  });
});

describe('gemini simulator: the Files API upload it accepts', () => {
  const use = useResources();

  it('refuses bytes that differ from the declared length, and a create whose image uri it did not issue', async () => {
    const sim = await use.simulator();
    const base = simulatorBaseUrl(sim, 'gemini');
    const headers = { 'x-goog-api-key': 'gm-test-gemini' };
    const start = await fetch(`${sim.origin}/gemini/upload/v1beta/files`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'x-goog-upload-protocol': 'resumable', 'x-goog-upload-command': 'start', 'x-goog-upload-header-content-length': '10', 'x-goog-upload-header-content-type': 'image/png' },
      body: JSON.stringify({ file: { display_name: 'a.png' } }),
    });
    expect(start.status).toBe(200);
    const session = start.headers.get('x-goog-upload-url');
    expect(session).toMatch(/upload_id=/);
    const short = await fetch(session!, { method: 'POST', headers: { ...headers, 'content-type': 'image/png', 'x-goog-upload-command': 'upload, finalize', 'x-goog-upload-offset': '0' }, body: new Uint8Array(9) });
    expect(short.status).toBe(400);
    const create = await fetch(`${base}/interactions`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gemini-omni-1.2-flash', input: [{ type: 'image', uri: `${base}/files/upload-9`, mime_type: 'image/png' }, { type: 'text', text: 'A fox' }], response_modalities: ['video'], background: true }),
    });
    expect(create.status).toBe(400);
    expect(sim.stats.billedCreates).toBe(0);
  });
});
