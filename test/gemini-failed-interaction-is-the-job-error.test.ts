/**
 * A gemini interaction that ends `failed` (or `cancelled`, `incomplete`, `budget_exceeded`) fails
 * the job with the interaction's own error, and what it cost so far is still reported.
 */
import { describe, expect, it } from 'vitest';
import { useResources } from './helpers.js';
import { json, useHostile } from './hostile-server.js';
import { INTERACTION_ID, interactionsApi, runGemini } from './gemini-fixture.js';

describe('gemini: a failed interaction', () => {
  const use = useResources();
  const serve = useHostile();

  it('fails the job with the errors[] code and message, after one create', async () => {
    const { dir } = await use.folder();
    const failed = {
      id: INTERACTION_ID,
      status: 'failed',
      errors: [{ code: 'SAFETY', message: 'The prompt was blocked by safety filters.' }],
      usage: { total_input_tokens: 40, total_output_tokens: 0 },
    };
    const { handler, creates } = interactionsApi({ poll: (res, call) => json(res, 200, call === 1 ? { id: INTERACTION_ID, status: 'in_progress' } : failed) });
    const api = await serve(handler);
    const { job, exitCode } = await runGemini(dir, `${api.url}/v1beta`);
    expect(exitCode).toBe(1);
    expect(job.status).toBe('failed');
    expect(job.rawStatus).toBe('failed');
    expect(job.error).toEqual({ code: 'SAFETY', message: 'The prompt was blocked by safety filters.' });
    expect(creates).toHaveLength(1);
    expect(job.actualCostUsd).toBeCloseTo((40 * 1.5) / 1e6, 9);
  });

  it('names budget_exceeded when the interaction ends there without an error object', async () => {
    const { dir } = await use.folder();
    const { handler } = interactionsApi({ poll: (res) => json(res, 200, { id: INTERACTION_ID, status: 'budget_exceeded' }) });
    const api = await serve(handler);
    const { job } = await runGemini(dir, `${api.url}/v1beta`);
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('budget_exceeded');
    expect(job.error?.message).toMatch(/budget/);
  });
});
