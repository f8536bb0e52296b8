import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../src/report/summary.js';
import { mergeReportFiles } from '../src/report/merge.js';
import { run } from '../src/run.js';
import type { Report } from '../src/report/report.js';
import { runAgainst, useResources, writeManifest } from './helpers.js';
import { simulatorEnv } from './provider-support.js';

// Veo 3.1 Fast lists at $0.15 a second: 8 s in all is $1.20.
const MANIFEST = 'pricing: {veo-3.1-fast-generate-001: 0.15}\njobs:\n  - {id: fox, prompt: A fox, provider: veo, model: veo-3.1-fast-generate-001, seconds: 4}\n  - {id: car, prompt: A car, provider: veo, model: veo-3.1-fast-generate-001, seconds: 4}\n';

describe('the cost of a simulated run is labelled as simulated', () => {
  const use = useResources();

  async function reports(out: string) {
    const json = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as Report;
    return { json, md: await readFile(join(out, 'report.md'), 'utf8'), html: await readFile(join(out, 'report.html'), 'utf8'), summary: buildSummary(json) };
  }

  it('in report.json, report.md, report.html and the job summary; a real run is not', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const simulated = join(t.dir, 'sim');
    await run(
      { manifest, outDir: simulated, concurrency: 2, dryRun: false, download: false, timeoutSeconds: 30, failOn: 'any', simulate: true, poll: { minIntervalMs: 10, maxIntervalMs: 50 } },
      { env: {}, log: () => {}, print: () => {} },
    );
    const sim = await reports(simulated);
    expect(sim.json.simulated).toBe(true);
    expect(sim.json.summary.estimatedCostUsd).toBe(1.2);
    expect(sim.md).toContain('**Estimated cost**: $1.20 (simulated: nothing was billed)');
    expect(sim.html).toMatch(/<dt>Est\. cost \(simulated\)<\/dt><dd>\$1\.20<small> simulated: nothing was billed<\/small><\/dd>/);
    expect(sim.summary).toContain('estimated cost $1.20 (simulated: nothing was billed)');

    // The same manifest against a server (the simulator standing in for a real API) bills.
    const server = await use.simulator();
    const real = join(t.dir, 'real');
    await runAgainst(server, { manifest, outDir: real, download: false }, { env: simulatorEnv(server) });
    const billed = await reports(real);
    expect(billed.json.simulated).toBe(false);
    for (const text of [billed.md, billed.html, billed.summary]) expect(text).not.toContain('simulated');

    // Merged shards keep the label.
    const merged = await mergeReportFiles([join(simulated, 'report.json')], join(t.dir, 'merged'));
    expect(merged.report.simulated).toBe(true);
  });
});
