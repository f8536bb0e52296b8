import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { ProviderError } from '../src/providers/types.js';
import { createVeoProvider } from '../src/providers/veo/client.js';
import { simulatorBaseUrl } from '../src/simulate.js';
import type { JobSpec } from '../src/types.js';
import { runAgainst, useResources, writeManifest } from './helpers.js';

const veoJob: JobSpec = { id: 'fox', prompt: 'A red fox', provider: 'veo', model: 'veo-3.1-fast-generate-preview', source: { file: 'm.yaml', line: 1 } };

describe('keys and endpoints of the non-SDK providers', () => {
  const use = useResources();

  it("sends Veo's key as x-goog-api-key when told to (as for Google's host), and a wrong key is an auth error", async () => {
    const sim = await use.simulator({ apiKey: 'gm-right' });
    const signal = new AbortController().signal;
    const google = createVeoProvider({ apiKey: 'gm-right', baseUrl: simulatorBaseUrl(sim, 'veo'), auth: 'x-goog-api-key' });
    const submitted = await google.submit(veoJob, undefined, signal);
    expect(submitted.remoteId).toMatch(/^models\/veo-3\.1-fast-generate-preview\/operations\//);

    const wrong = createVeoProvider({ apiKey: 'gm-wrong', baseUrl: simulatorBaseUrl(sim, 'veo') });
    const error = await wrong.status(submitted.remoteId, signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe('auth');
    expect((error as ProviderError).details).toMatchObject({ status: 401, code: 'invalid_api_key' });
  });

  it('runs veo with only GOOGLE_API_KEY set', async () => {
    const sim = await use.simulator({ apiKey: 'google-key' });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {provider: veo, prompt: A red fox}\n');
    const result = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out') }, { env: { GOOGLE_API_KEY: 'google-key', GEMINI_BASE_URL: simulatorBaseUrl(sim, 'veo') } });
    expect(result.exitCode).toBe(0);
    expect(result.report?.jobs[0]).toMatchObject({ provider: 'veo', status: 'completed' });
  });

  it('says which key is missing, and that openai-generations needs a base URL, before sending anything', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {provider: seedance, prompt: A red fox}\n- {provider: veo, prompt: A red fox}\n');
    const missing = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out') }, { env: {} }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ConfigError);
    expect((missing as Error).message).toMatch(/ARK_API_KEY, GEMINI_API_KEY are not set/);

    const generations = await writeManifest(t.dir, 'g.yaml', '- {provider: openai-generations, prompt: A red fox}\n');
    const noBase = await runAgainst(sim, { manifest: generations, outDir: join(t.dir, 'out2'), baseUrl: undefined }, { env: { OPENAI_API_KEY: 'k' } }).catch((e: unknown) => e);
    expect(noBase).toBeInstanceOf(ConfigError);
    expect((noBase as Error).message).toMatch(/needs the gateway's base URL: set OPENAI_BASE_URL, --base-url or base_url/);
    expect(sim.stats.requests).toEqual([]);
  });
});
