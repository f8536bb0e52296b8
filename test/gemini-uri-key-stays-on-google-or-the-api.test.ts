/**
 * A gemini `uri` result is fetched with the key only from the API's own origin (or Google's hosts
 * when the API is Google's): a uri on any other host is refused before a request is made, so the
 * key never leaves.
 */
import { describe, expect, it } from 'vitest';
import { useResources } from './helpers.js';
import { json, useHostile } from './hostile-server.js';
import { completedInteraction, interactionsApi, runGemini, sendVideo } from './gemini-fixture.js';

describe('gemini: where a uri result is fetched from', () => {
  const use = useResources();
  const serve = useHostile();

  it('refuses a uri on another host and sends that host nothing', async () => {
    const { dir } = await use.folder();
    const elsewhere = await serve((_req, res) => sendVideo(res), '127.0.0.2');
    const { handler } = interactionsApi({ poll: (res) => json(res, 200, completedInteraction({ uri: `${elsewhere.url}/v1beta/files/vid123` })) });
    const api = await serve(handler);
    const { job } = await runGemini(dir, `${api.url}/v1beta`);
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('download_refused');
    expect(job.error?.message).toContain('127.0.0.2');
    expect(elsewhere.hits).toHaveLength(0);
    expect(JSON.stringify(job)).not.toContain('gm-test-secret');
  });

  it("never sends a gateway's key to Google: a googleapis.com uri handed out by a gateway is refused", async () => {
    const { dir } = await use.folder();
    const { handler } = interactionsApi({
      poll: (res) => json(res, 200, completedInteraction({ uri: 'https://generativelanguage.googleapis.com/v1beta/files/vid123' })),
    });
    const api = await serve(handler);
    const { job } = await runGemini(dir, `${api.url}/v1beta`);
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('download_refused');
    expect(job.error?.message).toContain('generativelanguage.googleapis.com');
    // Refused before any request: not even the Files API metadata read went out.
    expect(api.count('/v1beta/files')).toBe(0);
  });
});
