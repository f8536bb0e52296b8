import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { useResources, writeManifest } from './helpers.js';

/** A server that answers every request with one error, counting what it received. */
async function goneServer(status: number, body: unknown): Promise<{ url: string; requests: string[]; server: Server }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    request.resume();
    request.on('end', () => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server };
}

describe('a create answered "this model is gone"', () => {
  const use = useResources();
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  async function runOn(yaml: string, env: Record<string, string>) {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', yaml);
    const log: string[] = [];
    const result = await run(
      { manifest, outDir: join(t.dir, 'out'), concurrency: 1, dryRun: false, download: true, timeoutSeconds: 30, failOn: 'any', simulate: false, retry: { baseDelayMs: 1, maxDelayMs: 5 }, preflight: false },
      { env, log: (line) => log.push(line), print: () => {} },
    );
    return { result, log };
  }

  it("OpenAI's 404 model_not_found ends the job as model_retired with the catalog's replacement, sent once", async () => {
    const api = await goneServer(404, { error: { message: "The model 'sora-2' does not exist.", type: 'invalid_request_error', param: 'model', code: 'model_not_found' } });
    servers.push(api.server);
    const { result, log } = await runOn(`models:\n  sora-2: {status: ga}\njobs:\n  - {id: fox, prompt: A fox, model: sora-2, base_url: "${api.url}/v1"}\n`, { OPENAI_API_KEY: 'sk-test' });
    expect(result.exitCode).toBe(1);
    const job = result.report!.jobs[0]!;
    expect(job.error?.code).toBe('model_retired');
    expect(job.error?.message).toMatch(/sora-2 is no longer served here .*does not exist.*; move to seedance-1-0-pro-250528 \(provider: seedance\)/);
    expect(api.requests).toEqual(['POST /v1/videos']);
    expect(log.some((line) => /retry/i.test(line))).toBe(false);
  });

  it("Google's 404 on predictLongRunning ends the job as model_retired with the catalog's replacement, sent once", async () => {
    const api = await goneServer(404, { error: { code: 404, message: 'models/veo-3.1-generate-preview is no longer available. Please use a newer model.', status: 'NOT_FOUND' } });
    servers.push(api.server);
    const { result } = await runOn(
      `models:\n  veo-3.1-generate-preview: {status: ga}\njobs:\n  - {id: wave, prompt: A wave, provider: veo, model: veo-3.1-generate-preview, base_url: "${api.url}/v1beta"}\n`,
      { GEMINI_API_KEY: 'g-test' },
    );
    const job = result.report!.jobs[0]!;
    expect(job.error?.code).toBe('model_retired');
    expect(job.error?.message).toMatch(/veo-3\.1-generate-preview is no longer served here .*no longer available.*; move to veo-3\.1-generate-001 \(provider: vertex\)/);
    expect(api.requests).toEqual(['POST /v1beta/models/veo-3.1-generate-preview:predictLongRunning']);
  });

  it('other 404s keep their own code: an OpenAI-shape 404 without model_not_found is not a retirement', async () => {
    const api = await goneServer(404, { error: { message: 'Invalid URL (POST /v1/videos)', type: 'invalid_request_error', param: null, code: null } });
    servers.push(api.server);
    const { result } = await runOn(`- {id: fox, prompt: A fox, base_url: "${api.url}/v1"}\n`, { OPENAI_API_KEY: 'sk-test' });
    expect(result.report!.jobs[0]!.error?.code).toBe('not_found');
    expect(api.requests).toHaveLength(1);
  });
});
