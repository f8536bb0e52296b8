/**
 * fal offers no list that shows a request still in its queue, so a submit whose answer is lost
 * (dropped after it was accepted, or a 5xx) ends `submit_uncertain`: never sent a second time.
 */
import { describe, expect, it } from 'vitest';
import { simulatorBaseUrl } from '../src/simulate.js';
import { useResources } from './helpers.js';
import { runFal } from './fal-fixture.js';

describe('a lost fal submit', () => {
  const use = useResources();

  it('ends submit_uncertain after a dropped answer or a 500, with no second submit', async () => {
    const sim = await use.simulator({
      faults: [
        { route: 'create', kind: 'accept_then_drop', match: 'fox' },
        { route: 'create', kind: 'server_error', match: 'car' },
      ],
    });
    const t = await use.folder();
    const yaml = 'defaults: {provider: fal, model: fal-ai/veo3.1/fast}\njobs:\n  - {id: fox, prompt: "A fox"}\n  - {id: car, prompt: "A car"}\n  - {id: owl, prompt: "An owl"}\n';
    const { result, jobs } = await runFal(t.dir, yaml, simulatorBaseUrl(sim, 'fal'));
    expect(result.exitCode).toBe(1);
    expect(jobs.find((j) => j.id === 'fox')?.error?.code).toBe('submit_uncertain');
    expect(jobs.find((j) => j.id === 'car')?.error?.code).toBe('submit_uncertain');
    expect(jobs.find((j) => j.id === 'owl')?.status).toBe('completed');
    // fox was billed once (its answer was lost), car never; nothing was sent again.
    expect(sim.stats.billedCreates).toBe(2);
    expect(sim.stats.requests.filter((r) => r.route === 'create')).toHaveLength(3);
  });
});
