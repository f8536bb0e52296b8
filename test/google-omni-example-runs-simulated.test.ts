/**
 * examples/google-omni.yaml runs under --simulate with no key: every gemini job (inline video,
 * image input, 360p draft) and the xai job completes, each with the API's own cost figure.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { useResources } from './helpers.js';

describe('examples/google-omni.yaml', () => {
  const use = useResources();

  it('completes every job under --simulate and reports each actual cost', async () => {
    const t = await use.folder();
    const outDir = join(t.dir, 'out');
    const manifest = join(import.meta.dirname, '..', 'examples', 'google-omni.yaml');
    const result = await run(
      { manifest, outDir, concurrency: 4, dryRun: false, download: true, timeoutSeconds: 60, failOn: 'any', simulate: true, poll: { minIntervalMs: 10, maxIntervalMs: 50 } },
      { env: {}, log: () => {}, print: () => {} },
    );
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as { jobs: { id: string; provider: string; status: string; bytes: number; actualCostUsd?: number }[] };
    expect(report.jobs.map((job) => [job.id, job.provider, job.status])).toEqual([
      ['lighthouse-omni', 'gemini', 'completed'],
      ['lighthouse-omni-portrait-draft', 'gemini', 'completed'],
      ['product-omni-from-image', 'gemini', 'completed'],
      ['lighthouse-grok', 'xai', 'completed'],
    ]);
    for (const job of report.jobs) {
      expect(job.bytes, job.id).toBeGreaterThan(0);
      expect(job.actualCostUsd, job.id).toBeGreaterThan(0);
    }
    // A 360p draft costs less than the same seconds at 720p would.
    const byId = new Map(report.jobs.map((job) => [job.id, job]));
    expect(byId.get('lighthouse-omni-portrait-draft')!.actualCostUsd! / 5).toBeLessThan(byId.get('lighthouse-omni')!.actualCostUsd! / 8);
  });
});
