import { describe, expect, it } from 'vitest';
import { useResources } from './helpers.js';
import { json, openaiShape, runOneJob, videoObject, useHostile } from './hostile-server.js';

const serve = useHostile();

const pathOf = (url: string | undefined): string => (url ?? '/').split('?')[0] ?? '/';

describe('a 200 answer holding an error is that error', () => {
  const use = useResources();

  it('openai: a create answered 200 {"error": ...} fails the job with the server\'s message and code, sent once', async () => {
    const { dir } = await use.folder();
    const api = await serve(openaiShape(() => undefined, (req, res) => {
      if (req.method !== 'POST') return false;
      json(res, 200, { error: { message: 'Billing hard limit has been reached', type: 'insufficient_quota', code: 'billing_hard_limit_reached' } });
      return true;
    }));
    const { job } = await runOneJob(dir, { OPENAI_API_KEY: 'sk-test' }, { baseUrl: `${api.url}/v1` });
    expect(job.status).toBe('failed');
    expect(job.error).toEqual({ code: 'billing_hard_limit_reached', message: 'Billing hard limit has been reached' });
    expect(api.hits.filter((hit) => hit.method === 'POST')).toHaveLength(1);
  });

  it('openai: a create answered 200 {} says what is missing, never "invalid path segments"', async () => {
    const { dir } = await use.folder();
    const api = await serve(openaiShape(() => undefined, (req, res) => {
      if (req.method === 'POST') json(res, 200, {});
      else if (pathOf(req.url) === '/v1/videos') json(res, 200, { object: 'list', data: [], has_more: false });
      else return false;
      return true;
    }));
    const { job } = await runOneJob(dir, { OPENAI_API_KEY: 'sk-test' }, { baseUrl: `${api.url}/v1` });
    expect(job.status).toBe('failed');
    expect(job.error?.message).toMatch(/answered the create without a video id and status: \{\}/);
    expect(job.error?.message).not.toMatch(/path segments/);
  });

  it('openai: a status answered 200 {"error": ...} ends the job with that error instead of polling until the timeout', async () => {
    const { dir } = await use.folder();
    const api = await serve(openaiShape(() => undefined, (req, res) => {
      const path = pathOf(req.url);
      if (req.method === 'POST') json(res, 200, videoObject('video_1', 'a fox', 'queued'));
      else if (path === '/v1/videos') json(res, 404, { error: { message: 'no list here' } }); // poll job by job
      else if (path === '/v1/videos/video_1') json(res, 200, { error: { message: 'Video video_1 was deleted by moderation', type: 'invalid_request_error', code: 'video_deleted' } });
      else return false;
      return true;
    }));
    const { job } = await runOneJob(dir, { OPENAI_API_KEY: 'sk-test' }, { baseUrl: `${api.url}/v1`, timeoutSeconds: 5 });
    expect(job.status).toBe('failed');
    expect(job.error).toEqual({ code: 'video_deleted', message: 'Video video_1 was deleted by moderation' });
  });

  it('veo: a create answered 200 with a Google error object fails with its status and message', async () => {
    const { dir } = await use.folder();
    const api = await serve((_req, res) => json(res, 200, { error: { code: 403, message: 'Permission denied: API key not valid', status: 'PERMISSION_DENIED' } }));
    const yaml = 'jobs:\n  - id: fox\n    provider: veo\n    model: veo-3.1-fast-generate-001\n    prompt: a fox\n    seconds: 8\n';
    const { job } = await runOneJob(dir, { GEMINI_API_KEY: 'gm-test', GEMINI_BASE_URL: `${api.url}/v1beta` }, {}, yaml);
    expect(job.status).toBe('failed');
    expect(job.error).toEqual({ code: 'PERMISSION_DENIED', message: 'Permission denied: API key not valid' });
    expect(api.hits.filter((hit) => hit.method === 'POST')).toHaveLength(1);
  });

  it('seedance: a task status answered 200 with a ModelArk error object fails with its code and message', async () => {
    const { dir } = await use.folder();
    const api = await serve((req, res) => {
      if (req.method === 'POST') json(res, 200, { id: 'cgt-1' });
      else json(res, 200, { error: { code: 'InvalidParameter', message: 'The task id cgt-1 is malformed', type: 'BadRequest' } });
    });
    const yaml = 'jobs:\n  - id: fox\n    provider: seedance\n    model: seedance-1-0-pro-250528\n    prompt: a fox\n    seconds: 5\n';
    const { job } = await runOneJob(dir, { ARK_API_KEY: 'ark-test', ARK_BASE_URL: `${api.url}/api/v3` }, { timeoutSeconds: 5 }, yaml);
    expect(job.status).toBe('failed');
    expect(job.error).toEqual({ code: 'InvalidParameter', message: 'The task id cgt-1 is malformed' });
  });
});
