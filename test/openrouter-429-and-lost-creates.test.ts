/**
 * OpenRouter's creates under pressure: a 429 is waited out (its Retry-After) and sent again, one
 * job made; a create whose answer is lost (dropped after it was accepted, or a 5xx) ends
 * `submit_uncertain` and is never sent again, because OpenRouter offers no list of video jobs
 * to look for it in.
 */
import { describe, expect, it } from 'vitest';
import { simulatorBaseUrl } from '../src/simulate.js';
import { useResources } from './helpers.js';
import { runOpenRouter, startOpenRouterFixture } from './openrouter-fixture.js';

describe('OpenRouter creates under pressure', () => {
  const use = useResources();

  it('waits out Retry-After on a 429 create, then sends it again: one job made', async () => {
    const t = await use.folder();
    const limited = { status: 429, body: { error: { code: 429, message: 'Rate limit exceeded' } }, headers: { 'retry-after': '1' } };
    const api = await startOpenRouterFixture({ createAnswers: [limited] });
    try {
      const { result, jobs } = await runOpenRouter(t.dir, '- {provider: openrouter, model: google/veo-3.1-fast, seconds: 4, prompt: "A fox"}\n', api.base);
      expect(result.exitCode).toBe(0);
      expect(jobs[0]).toMatchObject({ status: 'completed', error: null });
      const posts = api.requests.filter((r) => r.method === 'POST');
      expect(posts).toHaveLength(2);
      expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(900);
      expect(api.accepted()).toBe(1);
      expect(jobs[0]!.decisions.some((d) => d.includes('429'))).toBe(true);
    } finally {
      await api.close();
    }
  });

  it('ends submit_uncertain after a dropped answer or a 500, with no second create', async () => {
    const sim = await use.simulator({
      faults: [
        { route: 'create', kind: 'accept_then_drop', match: 'fox' },
        { route: 'create', kind: 'server_error', match: 'car' },
      ],
    });
    const t = await use.folder();
    const yaml = 'defaults: {provider: openrouter, model: google/veo-3.1-fast, seconds: 4}\njobs:\n  - {id: fox, prompt: "A fox"}\n  - {id: car, prompt: "A car"}\n  - {id: owl, prompt: "An owl"}\n';
    const { result, jobs } = await runOpenRouter(t.dir, yaml, simulatorBaseUrl(sim, 'openrouter'));
    expect(result.exitCode).toBe(1);
    expect(jobs.find((j) => j.id === 'fox')?.error?.code).toBe('submit_uncertain');
    expect(jobs.find((j) => j.id === 'car')?.error?.code).toBe('submit_uncertain');
    expect(jobs.find((j) => j.id === 'owl')?.status).toBe('completed');
    // fox was billed once (its answer was lost), car never; nothing was sent again.
    expect(sim.stats.billedCreates).toBe(2);
    expect(sim.stats.requests.filter((r) => r.route === 'create')).toHaveLength(3);
  });
});
