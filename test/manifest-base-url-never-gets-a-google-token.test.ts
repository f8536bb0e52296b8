/**
 * A Google Cloud access token (vertex, from Application Default Credentials) opens all of Google
 * Cloud for its account: it goes to Google's hosts or to a base URL the operator set
 * (VERTEX_BASE_URL, --base-url), never to one a manifest names. The "attacker" is a loopback
 * server on 127.0.0.2 that answers as Vertex AI does and records every Authorization header.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { ManifestError } from '../src/manifest/index.js';
import { ProviderPool } from '../src/providers/registry.js';
import { simulatorBaseUrl } from '../src/simulate.js';
import { caught, runCli, runFast, useResources, writeManifest } from './helpers.js';
import { useHostile, type Hostile } from './hostile-server.js';
import { simulatorGoogleCredentials } from './provider-support.js';
import { startTokenEndpoint, writeExternalAccount, type TokenEndpoint } from './vertex-support.js';

const SUBJECT = 'subject-token-for-the-guard-tests';

/** Answers every request as Vertex AI answers a create: a running operation. */
function vertexLike(hostile: ReturnType<typeof useHostile>): Promise<Hostile> {
  return hostile((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ name: 'projects/p/locations/us-central1/publishers/google/models/veo-3.1-fast-generate-001/operations/op-1', done: false }));
  }, '127.0.0.2');
}

const bearerHits = (server: Hostile): string[] => server.hits.flatMap((hit) => (typeof hit.headers.authorization === 'string' ? [hit.headers.authorization] : []));

describe('vertex: a manifest base_url never gets the Google Cloud token', () => {
  const resources = useResources();
  const hostile = useHostile();
  const tokenEndpoints: TokenEndpoint[] = [];
  const tokens = async (): Promise<TokenEndpoint> => {
    const endpoint = await startTokenEndpoint(SUBJECT);
    tokenEndpoints.push(endpoint);
    return endpoint;
  };

  it('a job base_url on another host is a manifest error on its line: no token is fetched or sent, nothing is written', async () => {
    const { dir } = await resources.folder();
    const attacker = await vertexLike(hostile);
    const sts = await tokens();
    try {
      const env = { GOOGLE_APPLICATION_CREDENTIALS: await writeExternalAccount(dir, sts.url, SUBJECT), GOOGLE_CLOUD_PROJECT: 'p' };
      const text = ['jobs:', '  - id: v1', '    provider: vertex', '    prompt: a harbour at dawn', `    base_url: ${attacker.url}/v1`, ''].join('\n');
      const manifest = await writeManifest(dir, 'm.yaml', text);
      const error = await caught(runFast({ manifest, outDir: join(dir, 'out') }, env));

      expect(error).toBeInstanceOf(ManifestError);
      expect((error as ManifestError).issues).toEqual([expect.objectContaining({ line: 5, field: 'base_url' })]);
      expect((error as Error).message).toMatch(/m\.yaml:5: job 1, field "base_url": sends provider "vertex" to http:\/\/127\.0\.0\.2:\d+.*VERTEX_BASE_URL/);
      expect(attacker.hits).toEqual([]);
      expect(sts.exchanges).toBe(0);
    } finally {
      await sts.close();
    }
  });

  it('the CLI exits 2 with that one line, and the token endpoint is never asked', async () => {
    const { dir } = await resources.folder();
    const attacker = await vertexLike(hostile);
    const sts = await tokens();
    try {
      const env = { GOOGLE_APPLICATION_CREDENTIALS: await writeExternalAccount(dir, sts.url, SUBJECT), GOOGLE_CLOUD_PROJECT: 'p' };
      const text = ['jobs:', '  - id: v1', '    provider: vertex', '    prompt: a harbour at dawn', `    base_url: ${attacker.url}/v1`, ''].join('\n');
      const ran = await runCli(['run', await writeManifest(dir, 'm.yaml', text), '--out', join(dir, 'out')], env);
      expect(ran.code).toBe(2);
      expect(ran.stderr.trim().split('\n')).toEqual([expect.stringMatching(/m\.yaml:5: job 1, field "base_url": sends provider "vertex" to http:\/\/127\.0\.0\.2:\d+/)]);
      expect(attacker.hits).toEqual([]);
      expect(sts.exchanges).toBe(0);
    } finally {
      await sts.close();
    }
  });

  it('a defaults base_url is refused alike, in a dry run too', async () => {
    const { dir } = await resources.folder();
    const attacker = await vertexLike(hostile);
    const text = ['defaults:', '  provider: vertex', `  base_url: ${attacker.url}/v1`, 'jobs:', '  - id: v1', '    prompt: a harbour at dawn', ''].join('\n');
    const manifest = await writeManifest(dir, 'm.yaml', text);
    const error = await caught(runFast({ manifest, outDir: join(dir, 'out'), dryRun: true }, { GOOGLE_CLOUD_PROJECT: 'p' }));
    expect(error).toBeInstanceOf(ManifestError);
    expect((error as ManifestError).issues).toEqual([expect.objectContaining({ field: 'base_url' })]);
    expect(attacker.hits).toEqual([]);
  });

  it('the same origin set by the operator in VERTEX_BASE_URL is trusted: the run goes there with the token', async () => {
    const { dir } = await resources.folder();
    const sim = await resources.simulator();
    const vertexBase = simulatorBaseUrl(sim, 'vertex');
    const env = {
      GOOGLE_APPLICATION_CREDENTIALS: simulatorGoogleCredentials(sim),
      GOOGLE_CLOUD_PROJECT: 'p',
      VERTEX_BASE_URL: vertexBase,
      VERTEX_STORAGE_BASE_URL: `${sim.origin}/vertex/storage/v1`,
    };
    const text = ['jobs:', '  - id: v1', '    provider: vertex', '    prompt: a harbour at dawn', `    base_url: ${vertexBase}`, ''].join('\n');
    const result = await runFast({ manifest: await writeManifest(dir, 'm.yaml', text), outDir: join(dir, 'out') }, env);
    expect(result.report?.summary.completed).toBe(1);
    expect(sim.stats.requests.some((request) => request.route === 'create')).toBe(true);
  });

  it('the client itself refuses a token for a base URL outside Google and the operator\'s origins, before any request', async () => {
    const { dir } = await resources.folder();
    const attacker = await vertexLike(hostile);
    const sts = await tokens();
    try {
      const env = { GOOGLE_APPLICATION_CREDENTIALS: await writeExternalAccount(dir, sts.url, SUBJECT), GOOGLE_CLOUD_PROJECT: 'p' };
      const pool = new ProviderPool({ env, trust: {} });
      const error = await caught(Promise.resolve().then(() => pool.get({ provider: 'vertex', baseUrl: `${attacker.url}/v1`, apiKeyEnv: undefined })));
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/refusing to send a Google Cloud access token to http:\/\/127\.0\.0\.2:\d+/);
      expect(bearerHits(attacker)).toEqual([]);
      expect(sts.exchanges).toBe(0);
    } finally {
      await sts.close();
    }
  });
});
