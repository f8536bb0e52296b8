import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { mergeReportFiles } from '../src/report/merge.js';
import { buildPlanSummary, buildSummary } from '../src/report/summary.js';
import type { VariantTable } from '../src/report/variants.js';
import { caught, runAgainst, runCli, useResources, writeManifest } from './helpers.js';

// Three prompts x three variants on one gateway; the "flaky" model fails every video.
const MANIFEST = `defaults: {seconds: 4}
pricing: {kling-v2-1-master: 0.25, seedance-1-0-pro-fast-251015: 0.05}
matrix:
  variants:
    fast: {model: seedance-1-0-pro-fast-251015}
    pro: {model: seedance-1-0-pro-250528}
    flaky: {model: kling-v2-1-master}
jobs:
  - {id: fox, prompt: A fox in snow}
  - {id: owl, prompt: An owl at night}
  - {id: sea, prompt: Waves on black sand}
`;
const PROFILES = [{ model: 'kling-*', failureRate: 1 }, { model: 'seedance-1-0-pro-fast-*', timeFactor: 0.5 }];

/** The figures that do not depend on timing. */
const untimed = (table: VariantTable | undefined) =>
  Object.fromEntries(Object.entries(table ?? {}).map(([name, { medianSeconds: _m, ...rest }]) => [name, rest]));

describe('a matrix run', () => {
  const use = useResources();

  it('reports each variant as an ordinary job and sums it per variant everywhere the run is summarised', async () => {
    const sim = await use.simulator({ modelProfiles: PROFILES });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const result = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out') });
    const report = result.report!;
    expect(report.jobs.map((job) => job.id)).toEqual(['fox@fast', 'fox@pro', 'fox@flaky', 'owl@fast', 'owl@pro', 'owl@flaky', 'sea@fast', 'sea@pro', 'sea@flaky']);
    expect(report.jobs[2]).toMatchObject({ variant: 'flaky', group: 'fox', status: 'failed', error: { code: 'upstream_error' } });
    expect(sim.stats.billedCreates).toBe(9);
    // Each variant's video is its own file.
    expect((await readFile(join(t.dir, 'out', 'videos', 'fox@pro.mp4'))).length).toBeGreaterThan(0);

    const byVariant = report.summary.byVariant!;
    expect(Object.keys(byVariant)).toEqual(['fast', 'pro', 'flaky']);
    expect(byVariant.fast).toMatchObject({ provider: 'openai', model: 'seedance-1-0-pro-fast-251015', total: 3, completed: 3, failed: 0, costUsd: 0.6, usdPerSecond: 0.05 });
    expect(byVariant.flaky).toMatchObject({ total: 3, completed: 0, failed: 3, medianSeconds: null, costUsd: 3, failuresByCode: { upstream_error: 3 } });
    expect(byVariant.fast!.medianSeconds).toBeGreaterThan(0);
    const onDisk = JSON.parse(await readFile(join(t.dir, 'out', 'report.json'), 'utf8')) as typeof report;
    expect(onDisk.summary.byVariant).toEqual(byVariant);

    const markdown = await readFile(join(t.dir, 'out', 'report.md'), 'utf8');
    expect(markdown).toContain('## Variants');
    expect(markdown).toMatch(/^\| `flaky` \| openai kling-v2-1-master \| 0\/3 \| 3 \| {2}\| \$3\.00 \| \$0\.250 \| `upstream_error` 3 \|$/m);
    const summary = buildSummary(report);
    expect(summary).toContain('<h3>Variants</h3>');
    expect(summary).toMatch(/<tr><td><code>fast<\/code><\/td><td>openai seedance-1-0-pro-fast-251015<\/td><td>3\/3<\/td><td>0<\/td><td>[\d.]+s<\/td><td>\$0\.60<\/td>/);

    // Resumed: nothing is created again; each variant is still reported.
    const again = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out'), failOn: 'never' });
    expect(sim.stats.billedCreates).toBe(9 + 3); // only the failed "flaky" videos are tried again
    expect(again.report!.summary.byVariant!.fast).toMatchObject({ completed: 3, failed: 0 });
  });

  it('a dry run\'s job summary shows the cost per variant; --max-cost counts every variant', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const plan = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out'), dryRun: true });
    const html = buildPlanSummary(manifest, plan.manifest.jobs, { estimates: plan.estimates });
    expect(html).toMatch(/<tr><td><code>flaky<\/code><\/td><td>openai kling-v2-1-master<\/td><td>3<\/td><td>\$3\.00<\/td><td>\$0\.250<\/td><\/tr>/);
    // 3 x (0.20 + 1.00) priced, the "pro" variant at the catalog's price: above $5 in all.
    const error = await caught(runAgainst(sim, { manifest, outDir: join(t.dir, 'out'), maxCostUsd: 4 }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/for 9 jobs exceeds --max-cost \$4\.00/);
    expect(sim.stats.requests).toHaveLength(0);
  });

  it('merged from shards, has the figures of one run', async () => {
    const sim = await use.simulator({ modelProfiles: PROFILES });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const whole = await runAgainst(sim, { manifest, outDir: join(t.dir, 'whole'), failOn: 'never' });
    const shards = await Promise.all(
      [1, 2, 3].map((index) => runAgainst(sim, { manifest, outDir: join(t.dir, 'shards', String(index)), shard: { index, total: 3 }, failOn: 'never' })),
    );
    expect(shards.reduce((n, s) => n + s.report!.jobs.length, 0)).toBe(9);
    const merged = await mergeReportFiles(['shards/*/report.json'], join(t.dir, 'merged'), t.dir);
    expect(merged.report.jobs.map((job) => job.id)).toEqual(whole.report!.jobs.map((job) => job.id));
    expect(untimed(merged.report.summary.byVariant)).toEqual(untimed(whole.report!.summary.byVariant));
    expect(Object.keys(merged.report.summary.byVariant!)).toEqual(['fast', 'pro', 'flaky']);
    expect(await readFile(join(t.dir, 'merged', 'report.md'), 'utf8')).toContain('## Variants');
  });

  it('examples/compare-models.yaml runs with --simulate and exits 0, three variants on two providers and more', async () => {
    const t = await use.folder();
    const result = await runCli(['run', 'examples/compare-models.yaml', '--simulate', '--quiet', '--out', t.dir], {});
    expect(result.code).toBe(0);
    const report = JSON.parse(await readFile(join(t.dir, 'report.json'), 'utf8')) as { summary: { byVariant: VariantTable } };
    const byVariant = report.summary.byVariant;
    expect(Object.keys(byVariant)).toEqual(['seedance-fast', 'veo-fast', 'kling']);
    expect(new Set(Object.values(byVariant).map((v) => v.provider)).size).toBeGreaterThanOrEqual(2);
    for (const figures of Object.values(byVariant)) expect(figures).toMatchObject({ total: 4, completed: 4, failed: 0 });
  });
});
