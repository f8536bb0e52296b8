/**
 * A fal request that ends in the model's error reports it at its response_url (fal's reference:
 * "If the model returned an error, this operation returns the same error"): a 422 `detail` list or
 * a request error's `detail` + `error_type`. That detail becomes the job's error, never a retry.
 */
import { describe, expect, it } from 'vitest';
import { simulatorBaseUrl } from '../src/simulate.js';
import { useResources } from './helpers.js';
import { runFal, startFalFixture } from './fal-fixture.js';

describe("a failed fal request's detail is the job's error", () => {
  const use = useResources();

  it('maps a 422 detail list and a 503 request error to the job errors, each submitted once', async () => {
    const t = await use.folder();
    const fal = await startFalFixture({
      result: (input) =>
        String(input.prompt).includes('refused')
          ? { status: 422, body: { detail: [{ loc: ['body', 'duration'], msg: "Input should be '4s', '6s' or '8s'", type: 'enum', input: '5s' }] } }
          : { status: 503, body: { detail: 'Runner disconnected unexpectedly', error_type: 'runner_disconnected' }, headers: { 'x-fal-error-type': 'runner_disconnected' } },
    });
    try {
      const yaml = 'defaults: {provider: fal, model: some-owner/some-video-model}\njobs:\n  - {id: refused, prompt: "refused input"}\n  - {id: crashed, prompt: "runner crash"}\n';
      const { result, jobs } = await runFal(t.dir, yaml, fal.origin);
      expect(result.exitCode).toBe(1);
      const refused = jobs.find((j) => j.id === 'refused')!;
      const crashed = jobs.find((j) => j.id === 'crashed')!;
      expect(refused).toMatchObject({ status: 'failed', rawStatus: 'COMPLETED', error: { code: 'enum', message: "duration: Input should be '4s', '6s' or '8s'" } });
      expect(crashed).toMatchObject({ status: 'failed', rawStatus: 'COMPLETED', error: { code: 'runner_disconnected', message: 'Runner disconnected unexpectedly' } });
      expect(fal.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    } finally {
      await fal.close();
    }
  });

  it("keeps the simulator's moderation and runner failures as fal words them", async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const yaml = 'defaults: {provider: fal, model: fal-ai/veo3.1/fast}\njobs:\n  - {id: mod, prompt: "A fox [sim:moderation]"}\n  - {id: err, prompt: "A car [sim:fail]"}\n';
    const { result, jobs } = await runFal(t.dir, yaml, simulatorBaseUrl(sim, 'fal'));
    expect(result.exitCode).toBe(1);
    expect(jobs.find((j) => j.id === 'mod')).toMatchObject({ status: 'failed', error: { code: 'content_policy_violation' } });
    expect(jobs.find((j) => j.id === 'mod')?.error?.message).toMatch(/^prompt: .*moderation/);
    expect(jobs.find((j) => j.id === 'err')).toMatchObject({ status: 'failed', error: { code: 'runner_disconnected' } });
    expect(sim.stats.billedCreates).toBe(2);
  });
});
