import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createVertexProvider } from '../src/providers/vertex/client.js';
import { ProviderError } from '../src/providers/types.js';
import type { JobSpec } from '../src/types.js';
import { caught, runAgainst, useResources, writeManifest } from './helpers.js';
import { startTokenEndpoint, writeExternalAccount, type TokenEndpoint } from './vertex-support.js';

const SUBJECT = 'subject-token-for-tests';
const job = { id: 'j', prompt: 'a kite', provider: 'vertex', model: 'veo-3.1-fast-generate-001', source: { file: 'm.yaml', line: 1 } } as JobSpec;

describe('vertex: creates are never paid twice', () => {
  const resources = useResources();
  const closing: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closing.splice(0).map((close) => close()));
  });
  const setup = async (): Promise<{ dir: string; tokens: TokenEndpoint; env: Record<string, string> }> => {
    const { dir } = await resources.folder();
    const tokens = await startTokenEndpoint(SUBJECT);
    closing.push(() => tokens.close());
    return { dir, tokens, env: { GOOGLE_APPLICATION_CREDENTIALS: await writeExternalAccount(dir, tokens.url, SUBJECT), GOOGLE_CLOUD_PROJECT: 'p' } };
  };

  it('ends an ambiguous create (accepted, then the connection dropped) submit_uncertain without a second create', async () => {
    const { dir, tokens, env } = await setup();
    const sim = await resources.simulator({ apiKey: tokens.accessToken, faults: [{ route: 'create', kind: 'accept_then_drop' }] });
    const text = ['jobs:', '  - id: v1', '    provider: vertex', '    prompt: a harbour at night', ''].join('\n');
    const result = await runAgainst(sim, { manifest: await writeManifest(dir, 'm.yaml', text), outDir: join(dir, 'out') }, { env: { ...env, VERTEX_BASE_URL: `${sim.origin}/vertex/v1` } });

    expect(result.report!.jobs[0]?.error?.code).toBe('submit_uncertain');
    expect(sim.stats.requests.filter((request) => request.route === 'create')).toHaveLength(1);
    expect(sim.stats.billedCreates).toBe(1);
  });

  it('ends a create that answered 5xx submit_uncertain too: Vertex AI lists no recent operations to look in', async () => {
    const { dir, tokens, env } = await setup();
    const sim = await resources.simulator({ apiKey: tokens.accessToken, faults: [{ route: 'create', kind: 'server_error' }] });
    const text = ['jobs:', '  - id: v1', '    provider: vertex', '    prompt: a harbour at dawn', ''].join('\n');
    const result = await runAgainst(sim, { manifest: await writeManifest(dir, 'm.yaml', text), outDir: join(dir, 'out') }, { env: { ...env, VERTEX_BASE_URL: `${sim.origin}/vertex/v1` } });

    expect(result.report!.jobs[0]?.error?.code).toBe('submit_uncertain');
    expect(sim.stats.requests.filter((request) => request.route === 'create')).toHaveLength(1);
  });

  it('ends a create on a model the server does not serve model_retired, without retrying', async () => {
    const { dir, tokens, env } = await setup();
    const sim = await resources.simulator({ apiKey: tokens.accessToken, models: ['veo-3.1-generate-001'] });
    const text = ['jobs:', '  - id: v1', '    provider: vertex', '    model: veo-3.1-fast-generate-001', '    prompt: a harbour', ''].join('\n');
    const result = await runAgainst(sim, { manifest: await writeManifest(dir, 'm.yaml', text), outDir: join(dir, 'out') }, { env: { ...env, VERTEX_BASE_URL: `${sim.origin}/vertex/v1` } });

    expect(result.report!.jobs[0]?.error?.code).toBe('model_retired');
    expect(sim.stats.requests.filter((request) => request.route === 'create')).toHaveLength(1);
  });

  it('reads a 429 RESOURCE_EXHAUSTED with RetryInfo as rate_limited with the server\'s wait', async () => {
    const server = createServer((req, res) => {
      req.resume();
      res.writeHead(429, { 'content-type': 'application/json' });
      res.end(JSON.stringify({
        error: {
          code: 429,
          message: 'Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model.',
          status: 'RESOURCE_EXHAUSTED',
          details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '7s' }],
        },
      }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closing.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { port } = server.address() as AddressInfo;
    const provider = createVertexProvider({ baseUrl: `http://127.0.0.1:${port}/v1`, env: { GOOGLE_CLOUD_PROJECT: 'p' }, accessToken: 'ya29.given-token-0123456789' });

    const error = await caught(provider.submit(job, undefined, new AbortController().signal));
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe('rate_limited');
    expect((error as ProviderError).details.retryAfterMs).toBe(7000);
    expect((error as ProviderError).details.code).toBe('RESOURCE_EXHAUSTED');
  });
});
