import { describe, expect, it } from 'vitest';
import { formatIssue, parseManifest, type ParseOptions } from '../src/manifest/index.js';
import { checkJob, PROVIDER_TRAITS } from '../src/providers/catalog.js';
import { checkedDownloadUrl, errorFields, sameOrigin } from '../src/providers/fetch-json.js';
import { hopRulesFor } from '../src/providers/hop-rules.js';
import { generationId, generationsRequestBody, generationsResultUrl } from '../src/providers/openai-generations/client.js';
import { endpointFor } from '../src/providers/registry.js';
import { SEEDANCE_SIZES, SEEDANCE_VIDEO_TTL_MS, seedanceRequestBody, seedanceTaskStatus } from '../src/providers/seedance/client.js';
import { ProviderError } from '../src/providers/types.js';
import { VEO_SIZES, veoAuthFor, veoBaseUrl, veoOperationStatus, veoRequestBody } from '../src/providers/veo/client.js';
import type { JobSpec, ProviderName } from '../src/types.js';

function job(provider: ProviderName, fields: Partial<JobSpec> = {}): JobSpec {
  return { id: 'j', prompt: 'A red fox', provider, model: PROVIDER_TRAITS[provider].defaultModel, source: { file: 'm.yaml', line: 1 }, ...fields };
}

function providerError(call: () => unknown): ProviderError {
  try {
    call();
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error('expected a ProviderError');
}

describe('veo: manifest values -> predictLongRunning body', () => {
  it.each(Object.entries(VEO_SIZES))('size %s -> aspectRatio and resolution', (size, shape) => {
    expect(veoRequestBody(job('veo', { size, seconds: 8 })).parameters).toEqual({ ...shape, durationSeconds: 8 });
  });
  it('maps 1280x720 to 16:9 720p and 1080x1920 to 9:16 1080p', () => {
    expect(VEO_SIZES['1280x720']).toEqual({ aspectRatio: '16:9', resolution: '720p' });
    expect(VEO_SIZES['1080x1920']).toEqual({ aspectRatio: '9:16', resolution: '1080p' });
  });
  it('sends only the prompt when the manifest sets nothing else', () => {
    expect(veoRequestBody(job('veo'))).toEqual({ instances: [{ prompt: 'A red fox' }], parameters: {} });
  });
  it('puts input_reference in instances[0].image', () => {
    const body = veoRequestBody(job('veo', { seconds: 4 }), { bytesBase64Encoded: 'iVBO', mimeType: 'image/png' });
    expect(body).toEqual({ instances: [{ prompt: 'A red fox', image: { bytesBase64Encoded: 'iVBO', mimeType: 'image/png' } }], parameters: { durationSeconds: 4 } });
  });
  it('refuses a size it cannot express instead of changing it', () => {
    expect(providerError(() => veoRequestBody(job('veo', { size: '1024x1792' }))).message).toMatch(/cannot make 1024x1792; it accepts 1280x720, 720x1280/);
  });
});

describe('veo: operation -> neutral status', () => {
  const name = 'models/veo-3.1-fast-generate-preview/operations/op1';
  it('an operation not done is running', () => {
    expect(veoOperationStatus({ name })).toEqual({ state: 'running', rawStatus: 'running' });
    expect(veoOperationStatus({ name, done: false })).toEqual({ state: 'running', rawStatus: 'running' });
  });
  it('a done operation with a sample is completed, with its URI to download', () => {
    const uri = 'https://generativelanguage.googleapis.com/v1beta/files/abc:download?alt=media';
    const op = { name, done: true, response: { generateVideoResponse: { generatedSamples: [{ video: { uri } }] } } };
    expect(veoOperationStatus(op)).toEqual({ state: 'completed', rawStatus: 'done', downloadUrl: uri });
  });
  it("also reads a gateway's SDK-shaped answer, response.generatedVideos", () => {
    const op = { name, done: true, response: { generatedVideos: [{ video: { uri: 'https://gw.example/v.mp4' } }] } };
    expect(veoOperationStatus(op).downloadUrl).toBe('https://gw.example/v.mp4');
  });
  it('an operation error keeps its code name (numeric codes are named)', () => {
    expect(veoOperationStatus({ name, done: true, error: { code: 13, message: 'boom' } })).toEqual({
      state: 'failed',
      rawStatus: 'error',
      error: { code: 'INTERNAL', message: 'boom' },
    });
    expect(veoOperationStatus({ name, done: true, error: { code: 400, status: 'INVALID_ARGUMENT', message: 'bad' } }).error).toEqual({ code: 'INVALID_ARGUMENT', message: 'bad' });
  });
  it('a video removed by safety filters fails as content_filtered with the reasons', () => {
    const op = { name, done: true, response: { generateVideoResponse: { raiMediaFilteredCount: 1, raiMediaFilteredReasons: ['Blocked: unsafe content.'] } } };
    expect(veoOperationStatus(op)).toEqual({ state: 'failed', rawStatus: 'filtered', error: { code: 'content_filtered', message: 'Blocked: unsafe content.' } });
  });
  it('a done operation without a video fails as no_video; an answer without a name is a server error', () => {
    expect(veoOperationStatus({ name, done: true, response: {} }).error?.code).toBe('no_video');
    expect(providerError(() => veoOperationStatus({ done: true })).kind).toBe('server');
  });
  it('slows polling when the rate-limit budget is spent, for one request\'s share of the reset', () => {
    const headers = new Headers({ 'x-ratelimit-limit-requests': '100', 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '20s' });
    expect(veoOperationStatus({ name }, headers).pollAfterMs).toBe(200);
  });
});

describe('veo: auth and base URL', () => {
  it("sends x-goog-api-key to Google's host and a Bearer token anywhere else", () => {
    expect(veoAuthFor('https://generativelanguage.googleapis.com/v1beta')).toBe('x-goog-api-key');
    expect(veoAuthFor('https://api.agentsflare.com/googleapi/google/v1')).toBe('bearer');
    expect(veoAuthFor('http://127.0.0.1:8787/v1beta')).toBe('bearer');
  });
  it("keeps a base URL's version segment, and adds v1beta only to Google's bare host", () => {
    expect(veoBaseUrl(undefined)).toBe('https://generativelanguage.googleapis.com/v1beta');
    expect(veoBaseUrl('https://generativelanguage.googleapis.com')).toBe('https://generativelanguage.googleapis.com/v1beta');
    expect(veoBaseUrl('https://api.agentsflare.com/googleapi/google/v1/')).toBe('https://api.agentsflare.com/googleapi/google/v1');
  });
});

describe('seedance: manifest values -> create-task body', () => {
  it.each(Object.entries(SEEDANCE_SIZES))('size %s -> ratio and resolution', (size, shape) => {
    expect(seedanceRequestBody(job('seedance', { size }))).toEqual({ model: 'seedance-1-0-pro-250528', content: [{ type: 'text', text: 'A red fox' }], ...shape });
  });
  it('has 6 ratios at 480p, 720p and 1080p, with 1280x720 as 16:9 720p', () => {
    expect(Object.keys(SEEDANCE_SIZES)).toHaveLength(18);
    expect(SEEDANCE_SIZES['1280x720']).toEqual({ ratio: '16:9', resolution: '720p' });
    expect(SEEDANCE_SIZES['854x480']).toEqual({ ratio: '16:9', resolution: '480p' });
    expect(SEEDANCE_SIZES['2520x1080']).toEqual({ ratio: '21:9', resolution: '1080p' });
  });
  it('seconds -> duration; input_reference -> a first_frame image_url', () => {
    const body = seedanceRequestBody(job('seedance', { seconds: 6 }), 'data:image/png;base64,iVBO');
    expect(body).toEqual({
      model: 'seedance-1-0-pro-250528',
      content: [{ type: 'text', text: 'A red fox' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBO' }, role: 'first_frame' }],
      duration: 6,
    });
  });
  it('refuses a size it cannot express instead of changing it', () => {
    expect(providerError(() => seedanceRequestBody(job('seedance', { size: '1000x1000' }))).kind).toBe('client');
  });
});

describe('seedance: task -> neutral status', () => {
  it.each([
    ['queued', 'queued'],
    ['running', 'running'],
    ['something_new', 'running'],
  ])('%s -> %s', (word, state) => {
    expect(seedanceTaskStatus({ id: 't', status: word })).toEqual({ state, rawStatus: word });
  });
  it('succeeded -> completed, with video_url and an expiry 24 h after the last update', () => {
    const task = { id: 't', status: 'succeeded', content: { video_url: 'https://tos.example/v.mp4' }, created_at: 100, updated_at: 160 };
    expect(seedanceTaskStatus(task)).toEqual({ state: 'completed', rawStatus: 'succeeded', downloadUrl: 'https://tos.example/v.mp4', expiresAt: 160_000 + SEEDANCE_VIDEO_TTL_MS });
  });
  it('failed keeps the error code; cancelled and expired fail with their own word as code', () => {
    expect(seedanceTaskStatus({ id: 't', status: 'failed', error: { code: 'OutputVideoSensitiveContentDetected', message: 'no' } }).error).toEqual({
      code: 'OutputVideoSensitiveContentDetected',
      message: 'no',
    });
    expect(seedanceTaskStatus({ id: 't', status: 'cancelled', error: null })).toMatchObject({ state: 'failed', rawStatus: 'cancelled', error: { code: 'cancelled' } });
    expect(seedanceTaskStatus({ id: 't', status: 'expired' })).toMatchObject({ state: 'failed', error: { code: 'expired' } });
  });
  it('an answer without a status is a server error', () => {
    expect(providerError(() => seedanceTaskStatus({ id: 't' })).kind).toBe('server');
  });
});

describe('openai-generations: manifest values -> {model, prompt, duration}', () => {
  it('seconds -> duration, nothing else', () => {
    expect(generationsRequestBody(job('openai-generations', { seconds: 5 }))).toEqual({ model: 'seedance-1-0-pro-250528', prompt: 'A red fox', duration: 5 });
    expect(generationsRequestBody(job('openai-generations'))).toEqual({ model: 'seedance-1-0-pro-250528', prompt: 'A red fox' });
  });
  it('reads data[0].url; an error body is a client error with its code; no URL is a server error', () => {
    expect(generationsResultUrl({ created: 1, data: [{ url: 'https://cdn.example/v.mp4' }] })).toBe('https://cdn.example/v.mp4');
    const refused = providerError(() => generationsResultUrl({ error: { message: 'blocked', code: 'moderation_blocked' } }));
    expect([refused.kind, refused.details.code, refused.message]).toEqual(['client', 'moderation_blocked', 'blocked']);
    expect(providerError(() => generationsResultUrl({ created: 1, data: [] })).kind).toBe('server');
  });
  it('names a result by its URL, stably', () => {
    expect(generationId('https://cdn.example/v.mp4')).toMatch(/^gen_[0-9a-f]{24}$/);
    expect(generationId('https://cdn.example/v.mp4')).toBe(generationId('https://cdn.example/v.mp4'));
  });
});

describe('shared boundary helpers', () => {
  it('downloads only https, or plain http on this machine when the API is on it', () => {
    const local = hopRulesFor('http://127.0.0.1:8/v1');
    expect(checkedDownloadUrl('https://cdn.example/v.mp4', local).host).toBe('cdn.example');
    expect(checkedDownloadUrl('http://127.0.0.1:9/v.mp4', local).port).toBe('9');
    expect(checkedDownloadUrl('http://localhost/v.mp4', local).hostname).toBe('localhost');
    expect(providerError(() => checkedDownloadUrl('http://localhost/v.mp4', hopRulesFor('https://api.example/v1'))).message).toMatch(/loopback/);
    expect(providerError(() => checkedDownloadUrl('http://cdn.example/v.mp4', local)).message).toMatch(/only https/);
    expect(providerError(() => checkedDownloadUrl('file:///etc/passwd', local)).kind).toBe('client');
    expect(providerError(() => checkedDownloadUrl('not a url', local)).kind).toBe('client');
  });
  it('sends a key to a download URL only on the API\'s own origin', () => {
    expect(sameOrigin('https://generativelanguage.googleapis.com/v1beta/files/a:download', 'https://generativelanguage.googleapis.com/v1beta')).toBe(true);
    expect(sameOrigin('https://ark-content.tos.example/v.mp4', 'https://ark.ap-southeast.bytepluses.com/api/v3')).toBe(false);
    expect(sameOrigin('http://generativelanguage.googleapis.com/x', 'https://generativelanguage.googleapis.com/v1beta')).toBe(false);
  });
  it("reads Google's, ModelArk's and OpenAI's error bodies", () => {
    const google = { error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: 'quota', details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '30s' }] } };
    expect(errorFields(google)).toEqual({ code: 'RESOURCE_EXHAUSTED', message: 'quota', retryAfterMs: 30_000 });
    expect(errorFields({ error: { code: 'InvalidParameter', message: 'bad ratio', type: 'BadRequest' } })).toEqual({ code: 'InvalidParameter', message: 'bad ratio' });
    expect(errorFields({ error: { message: 'slow down', type: 'requests', code: null } })).toEqual({ code: 'requests', message: 'slow down' });
    expect(errorFields('<html>')).toEqual({});
  });
});

describe('endpoints: one convention per provider', () => {
  it('veo reads GEMINI_API_KEY, falls back to GOOGLE_API_KEY, and a job may name its own variable', () => {
    expect(endpointFor(job('veo'), { GEMINI_API_KEY: 'a', GOOGLE_API_KEY: 'b' }).apiKeyEnv).toBe('GEMINI_API_KEY');
    expect(endpointFor(job('veo'), { GOOGLE_API_KEY: 'b' }).apiKeyEnv).toBe('GOOGLE_API_KEY');
    expect(endpointFor(job('veo'), {}).apiKeyEnv).toBe('GEMINI_API_KEY');
    expect(endpointFor(job('veo', { apiKeyEnv: 'GATEWAY_KEY' }), { GOOGLE_API_KEY: 'b' }).apiKeyEnv).toBe('GATEWAY_KEY');
  });
  it('base URLs come from the job, then GEMINI_BASE_URL / ARK_BASE_URL', () => {
    const env = { GEMINI_BASE_URL: 'https://g.example/v1', ARK_BASE_URL: 'https://ark.example/api/v3' };
    expect(endpointFor(job('veo'), env).baseUrl).toBe('https://g.example/v1');
    expect(endpointFor(job('seedance'), env)).toEqual({ provider: 'seedance', baseUrl: 'https://ark.example/api/v3', apiKeyEnv: 'ARK_API_KEY' });
    expect(endpointFor(job('seedance', { baseUrl: 'https://api.agentsflare.com/byteplus/v3' }), env).baseUrl).toBe('https://api.agentsflare.com/byteplus/v3');
  });
});

describe('refusals before anything is sent, naming what the provider accepts', () => {
  const problems = (fields: Partial<JobSpec> & { provider: ProviderName }) => checkJob(job(fields.provider, fields));

  it.each<[string, Partial<JobSpec> & { provider: ProviderName }, string, RegExp]>([
    ['veo size', { provider: 'veo', size: '1024x1792' }, 'size', /provider "veo" can make 1280x720, 720x1280, 1920x1080, 1080x1920, 3840x2160, 2160x3840 \(got 1024x1792\)/],
    ['veo seconds', { provider: 'veo', seconds: 5 }, 'seconds', /veo-3\.1-fast-generate-001 accepts 4, 6, 8 \(got 5\)/],
    ['veo 1080p short', { provider: 'veo', size: '1920x1080', seconds: 4 }, 'seconds', /makes 1920x1080 only at 8 seconds \(got 4\)/],
    ['veo lite 4k', { provider: 'veo', model: 'veo-3.1-lite-generate-preview', size: '3840x2160' }, 'size', /veo-3\.1-lite-generate-preview accepts 1280x720, 720x1280, 1920x1080, 1080x1920 \(got 3840x2160\)/],
    ['veo remix', { provider: 'veo', remixOf: { kind: 'video', videoId: 'v' } }, 'remix_of', /provider "veo" cannot remix/],
    ['seedance size', { provider: 'seedance', size: '1024x1792' }, 'size', /provider "seedance" can make 854x480, 480x854, .*1280x720.* \(got 1024x1792\)/],
    ['seedance seconds', { provider: 'seedance', seconds: 15 }, 'seconds', /seedance-1-0-pro-250528 accepts 2 to 12 \(got 15\)/],
    ['seedance 1.5 seconds', { provider: 'seedance', model: 'doubao-seedance-1-5-pro-251215', seconds: 3 }, 'seconds', /accepts 4 to 12 \(got 3\)/],
    ['seedance t2v image', { provider: 'seedance', model: 'seedance-1-0-lite-t2v-250428', inputReference: '/a.png' }, 'input_reference', /makes video from text only/],
    ['seedance i2v text', { provider: 'seedance', model: 'seedance-1-0-lite-i2v-250428' }, 'input_reference', /makes video from an image only; add input_reference/],
    ['generations size', { provider: 'openai-generations', size: '1280x720' }, 'size', /provider "openai-generations" takes no size/],
    ['generations image', { provider: 'openai-generations', inputReference: '/a.png' }, 'input_reference', /takes no input image/],
  ])('%s', (_name, fields, field, message) => {
    const found = problems(fields);
    expect(found).toHaveLength(1);
    expect(found[0]!.field).toBe(field);
    expect(found[0]!.message).toMatch(message);
  });

  it('accepts what each provider can honour', () => {
    expect(problems({ provider: 'veo', size: '720x1280', seconds: 6, inputReference: '/a.png' })).toEqual([]);
    expect(problems({ provider: 'veo', size: '3840x2160', seconds: 8 })).toEqual([]);
    expect(problems({ provider: 'seedance', size: '1680x720', seconds: 2 })).toEqual([]);
    expect(problems({ provider: 'seedance', model: 'seedance-2-0-unknown', size: '720x720', seconds: 14 })).toEqual([]);
    expect(problems({ provider: 'openai-generations', seconds: 5 })).toEqual([]);
  });

  it('reports a refusal at the file, line and field of the value', () => {
    const options: ParseOptions = { file: 'm.yaml', manifestDir: '/m', defaultModel: (p) => PROVIDER_TRAITS[p].defaultModel, checkJob };
    const result = parseManifest('- prompt: A fox\n  provider: veo\n  size: 1024x1792\n', options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toEqual([
      'm.yaml:3: job 1, field "size": provider "veo" can make 1280x720, 720x1280, 1920x1080, 1080x1920, 3840x2160, 2160x3840 (got 1024x1792)',
    ]);
  });
});
