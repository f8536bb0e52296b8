import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAgainst, runCli, useResources, writeManifest } from './helpers.js';
import { startTokenEndpoint, writeExternalAccount, type TokenEndpoint } from './vertex-support.js';

const SUBJECT = 'eyJhbGciOiJSUzI1NiJ9.github-oidc-subject.sig';

const manifest = (prompt: string): string =>
  ['jobs:', '  - id: v1', '    provider: vertex', '    model: veo-3.1-fast-generate-001', `    prompt: ${prompt}`, '    seconds: 8', '    size: 1280x720', ''].join('\n');

describe('vertex: Veo on Vertex AI with Google Cloud credentials', () => {
  const resources = useResources();
  const endpoints: TokenEndpoint[] = [];
  afterEach(async () => {
    await Promise.all(endpoints.splice(0).map((endpoint) => endpoint.close()));
  });
  const tokenEndpoint = async (): Promise<TokenEndpoint> => {
    const endpoint = await startTokenEndpoint(SUBJECT);
    endpoints.push(endpoint);
    return endpoint;
  };

  it('gets a token through workload identity federation, sends it, and saves the inline video; the token is in no report', async () => {
    const { dir } = await resources.folder();
    const tokens = await tokenEndpoint();
    const sim = await resources.simulator({ apiKey: tokens.accessToken });
    const credentials = await writeExternalAccount(dir, tokens.url, SUBJECT);
    const env = { GOOGLE_APPLICATION_CREDENTIALS: credentials, GOOGLE_CLOUD_PROJECT: 'my-project', VERTEX_BASE_URL: `${sim.origin}/vertex/v1` };
    const result = await runAgainst(sim, { manifest: await writeManifest(dir, 'm.yaml', manifest('a lighthouse at dusk')), outDir: join(dir, 'out') }, { env });

    expect(result.exitCode).toBe(0);
    const video = await readFile(join(dir, 'out', 'videos', 'v1.mp4'));
    expect(video.subarray(4, 8).toString('latin1')).toBe('ftyp');
    const create = sim.stats.requests.find((request) => request.route === 'create');
    expect(create?.path).toBe('/vertex/v1/projects/my-project/locations/us-central1/publishers/google/models/veo-3.1-fast-generate-001:predictLongRunning');
    expect(sim.stats.billedCreates).toBe(1);
    expect(tokens.exchanges).toBe(1); // cached by google-auth-library across create, polls and download
    const written = [await readFile(join(dir, 'out', 'report.json'), 'utf8'), await readFile(join(dir, 'out', 'report.md'), 'utf8'), result.log.join('\n')].join('\n');
    expect(written).not.toContain(tokens.accessToken);
  });

  it('ends a failed generation with the operation error, and a filtered one content_filtered', async () => {
    const { dir } = await resources.folder();
    const tokens = await tokenEndpoint();
    const sim = await resources.simulator({ apiKey: tokens.accessToken });
    const env = { GOOGLE_APPLICATION_CREDENTIALS: await writeExternalAccount(dir, tokens.url, SUBJECT), GOOGLE_CLOUD_PROJECT: 'p', VERTEX_BASE_URL: `${sim.origin}/vertex/v1` };
    const text = ['jobs:', '  - id: broken', '    provider: vertex', '    prompt: x [sim:fail]', '  - id: blocked', '    provider: vertex', '    prompt: y [sim:moderation]', ''].join('\n');
    const result = await runAgainst(sim, { manifest: await writeManifest(dir, 'm.yaml', text), outDir: join(dir, 'out') }, { env });

    const jobs = new Map(result.report!.jobs.map((job) => [job.id, job]));
    expect(jobs.get('broken')?.status).toBe('failed');
    expect(jobs.get('broken')?.error?.code).toBe('INTERNAL');
    expect(jobs.get('blocked')?.error?.code).toBe('content_filtered');
  });

  it('sends params into parameters as given, and downloads a gs:// result (params storageUri) from Cloud Storage with the same token', async () => {
    const { dir } = await resources.folder();
    const tokens = await tokenEndpoint();
    const sim = await resources.simulator({ apiKey: tokens.accessToken });
    const env = {
      GOOGLE_APPLICATION_CREDENTIALS: await writeExternalAccount(dir, tokens.url, SUBJECT),
      GOOGLE_CLOUD_PROJECT: 'p',
      VERTEX_BASE_URL: `${sim.origin}/vertex/v1`,
      VERTEX_STORAGE_BASE_URL: `${sim.origin}/vertex/storage/v1`,
    };
    const text = [
      'jobs:',
      '  - id: kite',
      '    provider: vertex',
      '    model: veo-3.1-generate-001',
      '    prompt: a red kite',
      '    audio: false',
      '    params: {storageUri: "gs://my-bucket/out/", negativePrompt: blur}',
      '',
    ].join('\n');
    const result = await runAgainst(sim, { manifest: await writeManifest(dir, 'm.yaml', text), outDir: join(dir, 'out') }, { env });

    expect(result.exitCode).toBe(0);
    expect([...sim.stats.videos.values()][0]?.extraFields).toEqual({ storageUri: 'gs://my-bucket/out/', negativePrompt: 'blur', generateAudio: false, sampleCount: 1 });
    expect((await readFile(join(dir, 'out', 'videos', 'kite.mp4'))).subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(sim.stats.requests.filter((request) => request.route === 'content' && request.path.startsWith('/vertex/storage/v1/b/my-bucket/o/')).map((r) => r.status)).toEqual([200]);
  });

  it('refuses params that would change what the job says or buy more than one video, when the manifest is read', async () => {
    const { dir } = await resources.folder();
    const text = ['jobs:', '  - id: many', '    provider: vertex', '    prompt: a kite', '    params: {sampleCount: 4, aspectRatio: "9:16", storageUri: "/tmp/out"}', ''].join('\n');
    const ran = await runCli(['run', await writeManifest(dir, 'm.yaml', text), '--dry-run'], {});
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/params may not set "sampleCount": one job is one video/);
    expect(ran.stderr).toMatch(/params may not set "aspectRatio": video-batch sends it from the job's size/);
  });

  it('refuses to start without credentials: exit 2, one line saying what to set, nothing sent', async () => {
    const { dir } = await resources.folder();
    const sim = await resources.simulator();
    const path = await writeManifest(dir, 'm.yaml', manifest('a lighthouse'));
    const common = { GOOGLE_CLOUD_PROJECT: 'p', VERTEX_BASE_URL: `${sim.origin}/vertex/v1`, METADATA_SERVER_DETECTION: 'none' };

    const none = await runCli(['run', path, '--out', join(dir, 'a')], common);
    expect(none.code).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stderr).toMatch(/no Google Cloud credentials found.*GOOGLE_APPLICATION_CREDENTIALS.*gcloud auth application-default login/);

    const moved = await runCli(['run', path, '--out', join(dir, 'b')], { ...common, GOOGLE_APPLICATION_CREDENTIALS: join(dir, 'gone.json') });
    expect(moved.code).toBe(2);
    expect(moved.stderr).toMatch(/GOOGLE_APPLICATION_CREDENTIALS names .*gone\.json, which does not exist/);
    expect(sim.stats.requests).toHaveLength(0);
  });

  it('runs under --simulate with no Google credentials at all', async () => {
    const { dir } = await resources.folder();
    const ran = await runCli(['run', await writeManifest(dir, 'm.yaml', manifest('a quiet harbour')), '--simulate', '--out', join(dir, 'out')], {});
    expect(ran.code).toBe(0);
    expect((await readFile(join(dir, 'out', 'videos', 'v1.mp4'))).length).toBeGreaterThan(1000);
  });
});
