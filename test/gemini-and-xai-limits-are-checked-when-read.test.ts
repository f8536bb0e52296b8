/**
 * The catalog rows of gemini and xai models hold their durations and sizes, so a value a model
 * cannot take stops the run when the manifest is read, at its file:line, before any request.
 */
import { describe, expect, it } from 'vitest';
import { caught, runFast, useResources, writeManifest } from './helpers.js';
import { json, useHostile } from './hostile-server.js';

describe('gemini and xai limits', () => {
  const use = useResources();
  const serve = useHostile();

  it.each([
    ['gemini', 'gemini-omni-1.1-flash', 'seconds: 12', /m\.yaml:6: .*"seconds".*12/],
    ['gemini', 'gemini-omni-1.2-flash', 'size: 1024x1024', /m\.yaml:6: .*"size".*1024x1024/],
    ['xai', 'grok-imagine-video', 'size: 1920x1080', /m\.yaml:6: .*"size".*1920x1080/],
    ['xai', 'grok-imagine-video', 'seconds: 20', /m\.yaml:6: .*"seconds".*20/],
  ])('%s %s refuses %s before sending anything', async (provider, model, field, message) => {
    const { dir } = await use.folder();
    const api = await serve((_req, res) => json(res, 500, { error: { message: 'nothing should reach the API' } }));
    const manifest = await writeManifest(dir, 'm.yaml', `jobs:\n  - id: fox\n    provider: ${provider}\n    model: ${model}\n    prompt: a fox\n    ${field}\n`);
    const env = { GEMINI_API_KEY: 'gm-test', GEMINI_BASE_URL: `${api.url}/v1beta`, XAI_API_KEY: 'xai-test', XAI_BASE_URL: `${api.url}/v1` };
    const error = await caught(runFast({ manifest, outDir: `${dir}/out` }, env));
    expect(String(error)).toMatch(message);
    expect(api.hits).toHaveLength(0);
  });

  it('takes 1080p on grok-imagine-video-1.5 and 15 s on gemini-omni-1.2-flash', async () => {
    const { dir } = await use.folder();
    const api = await serve((req, res) => {
      if (req.method === 'POST') json(res, 400, { error: { code: 400, message: 'stop here', status: 'INVALID_ARGUMENT' } });
      else json(res, 200, { models: [] });
    });
    const yaml = 'jobs:\n  - {id: a, provider: xai, model: grok-imagine-video-1.5, prompt: a fox, size: 1920x1080, seconds: 10}\n  - {id: b, provider: gemini, model: gemini-omni-1.2-flash, prompt: a fox, seconds: 15}\n';
    const manifest = await writeManifest(dir, 'm.yaml', yaml);
    const env = { GEMINI_API_KEY: 'gm-test', GEMINI_BASE_URL: `${api.url}/v1beta`, XAI_API_KEY: 'xai-test', XAI_BASE_URL: `${api.url}/v1` };
    await runFast({ manifest, outDir: `${dir}/out` }, env);
    // Both were read cleanly and sent (the test server then refused them).
    expect(api.hits.filter((hit) => hit.method === 'POST').map((hit) => hit.path).sort()).toEqual(['/v1/videos/generations', '/v1beta/interactions']);
  });
});
