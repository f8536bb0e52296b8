import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManifestError } from '../src/manifest/index.js';
import { caught, runAgainst, useResources, writeManifest } from './helpers.js';
import { startTokenEndpoint, writeExternalAccount, type TokenEndpoint } from './vertex-support.js';

const SUBJECT = 'eyJhbGciOiJSUzI1NiJ9.github-oidc-subject.sig';

// Google's Veo reference (Vertex AI, predictLongRunning) marks parameters.generateAudio required for Veo 3 models.
describe('vertex: generateAudio is always in the body, from the job\'s audio', () => {
  const resources = useResources();
  const endpoints: TokenEndpoint[] = [];
  afterEach(async () => {
    await Promise.all(endpoints.splice(0).map((endpoint) => endpoint.close()));
  });

  it('sends generateAudio true when the job leaves audio unset, false when it says audio: false', async () => {
    const { dir } = await resources.folder();
    const tokens = await startTokenEndpoint(SUBJECT);
    endpoints.push(tokens);
    const sim = await resources.simulator({ apiKey: tokens.accessToken });
    const env = { GOOGLE_APPLICATION_CREDENTIALS: await writeExternalAccount(dir, tokens.url, SUBJECT), GOOGLE_CLOUD_PROJECT: 'p', VERTEX_BASE_URL: `${sim.origin}/vertex/v1` };
    const text = [
      'jobs:',
      '  - id: loud',
      '    provider: vertex',
      '    model: veo-3.1-fast-generate-001',
      '    prompt: a brass band',
      '  - id: quiet',
      '    provider: vertex',
      '    model: veo-3.1-fast-generate-001',
      '    prompt: a silent film',
      '    audio: false',
      '',
    ].join('\n');
    const result = await runAgainst(sim, { manifest: await writeManifest(dir, 'm.yaml', text), outDir: join(dir, 'out') }, { env });

    expect(result.exitCode).toBe(0);
    const sent = new Map([...sim.stats.videos.values()].map((video) => [video.prompt, video.extraFields?.generateAudio]));
    expect(sent.get('a brass band')).toBe(true);
    expect(sent.get('a silent film')).toBe(false);
  });

  it('the simulator refuses a Veo 3 body without generateAudio, as the reference requires it', async () => {
    const sim = await resources.simulator({ apiKey: 'token' });
    const url = `${sim.origin}/vertex/v1/projects/p/locations/us-central1/publishers/google/models/veo-3.1-fast-generate-001:predictLongRunning`;
    const body = { instances: [{ prompt: 'a kite' }], parameters: { durationSeconds: 8, sampleCount: 1 } };
    const answer = await fetch(url, { method: 'POST', headers: { authorization: 'Bearer token', 'content-type': 'application/json' }, body: JSON.stringify(body) });

    expect(answer.status).toBe(400);
    expect(JSON.stringify(await answer.json())).toMatch(/generateAudio is required/);
    expect(sim.stats.billedCreates).toBe(0);
  });

  it('refuses params.generateAudio when the manifest is read, naming the job field audio', async () => {
    const { dir } = await resources.folder();
    const sim = await resources.simulator({ apiKey: 'token' });
    const text = ['jobs:', '  - id: a', '    provider: vertex', '    prompt: x', '    params: {generateAudio: false}', ''].join('\n');
    const error = await caught(runAgainst(sim, { manifest: await writeManifest(dir, 'm.yaml', text), outDir: join(dir, 'out') }, { env: { VERTEX_BASE_URL: `${sim.origin}/vertex/v1` } }));

    // A ManifestError is exit 2 at the CLI.
    expect(error).toBeInstanceOf(ManifestError);
    expect((error as Error).message).toMatch(/m\.yaml:5: .*"params": params may not set "generateAudio".*job's audio/);
    expect(sim.stats.billedCreates).toBe(0);
  });
});
