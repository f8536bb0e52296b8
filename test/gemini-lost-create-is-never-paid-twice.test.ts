/**
 * The Interactions API has no list of a key's interactions, so a gemini create whose answer is
 * lost (dropped after the request was read, or a 500) ends `submit_uncertain` and is never sent
 * again; a 429 was refused before anything was made, so it is waited out and sent again.
 */
import { describe, expect, it } from 'vitest';
import { useResources } from './helpers.js';
import { json, MP4_BYTES, useHostile } from './hostile-server.js';
import { completedInteraction, googleError, interactionsApi, runGemini } from './gemini-fixture.js';

describe('gemini: a lost create', () => {
  const use = useResources();
  const serve = useHostile();
  const done = (res: import('node:http').ServerResponse) => json(res, 200, completedInteraction({ data: MP4_BYTES.toString('base64') }));

  it('ends submit_uncertain after a dropped answer, with no second create', async () => {
    const { dir } = await use.folder();
    const { handler, creates } = interactionsApi({ create: (res) => res.socket?.destroy(), poll: done });
    const api = await serve(handler);
    const { job, exitCode } = await runGemini(dir, `${api.url}/v1beta`);
    expect(exitCode).toBe(1);
    expect(job.error?.code).toBe('submit_uncertain');
    expect(creates).toHaveLength(1);
    expect(api.count('/v1beta/interactions/')).toBe(0);
  });

  it('ends submit_uncertain after a 500, with no second create', async () => {
    const { dir } = await use.folder();
    const { handler, creates } = interactionsApi({ create: (res) => googleError(res, 500, 'INTERNAL', 'Internal error encountered.'), poll: done });
    const api = await serve(handler);
    const { job } = await runGemini(dir, `${api.url}/v1beta`);
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('submit_uncertain');
    expect(creates).toHaveLength(1);
  });

  it('waits out a 429 and creates once more, then completes', async () => {
    const { dir } = await use.folder();
    const { handler, creates } = interactionsApi({
      create: (res, call) =>
        call === 1
          ? googleError(res, 429, 'RESOURCE_EXHAUSTED', 'Resource has been exhausted (e.g. check quota).', { 'retry-after': '0' })
          : json(res, 200, { id: 'v1_ChdpbnRlcmFjdGlvbi0x', status: 'in_progress' }),
      poll: done,
    });
    const api = await serve(handler);
    const { job } = await runGemini(dir, `${api.url}/v1beta`);
    expect(job.status).toBe('completed');
    expect(creates).toHaveLength(2);
    expect(job.attempts).toBe(2);
  });
});
