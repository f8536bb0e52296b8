/**
 * `merge` calls a set complete only when it is: every shard of one I/N split of one manifest, each
 * once. A missing shard is an error (exit 2, naming it) unless `--allow-partial`, and then every
 * report (report.json, report.md, report.html) and the job summary say the merge is partial.
 * Proved through the real CLI on a 12-job manifest run as 3 shards under --simulate.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/report/merge.js';
import { buildSummary } from '../src/report/summary.js';
import { runCli, useResources, writeManifest } from './helpers.js';
import { TWELVE_JOBS } from './shard-fixture.js';

const MANIFEST = TWELVE_JOBS;

describe('merge of shard reports', () => {
  const use = useResources();

  it('refuses a set with a shard missing, twice, or of another manifest; --allow-partial merges it, marked partial everywhere', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const cli = (args: string[]) => runCli(args, {}, t.dir);
    const runs = await Promise.all([1, 2, 3].map((i) => cli(['run', manifest, '--simulate', '--shard', `${i}/3`, '--out', `s${i}`, '--fail-on', 'never', '--quiet'])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const shards = await Promise.all([1, 2, 3].map(async (i) => parseReport(await readFile(join(t.dir, `s${i}`, 'report.json'), 'utf8'), `s${i}`)));
    const sha256 = shards[0]!.manifestSha256;
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    shards.forEach((report, i) => expect(report).toMatchObject({ shard: { index: i + 1, count: 3 }, manifestSha256: sha256, manifestJobs: 12 }));
    const third = shards[2]!.jobs.length;
    expect(third).toBeGreaterThan(0);

    // Shards 1 and 2 of 3: refused, naming the missing one; nothing written.
    const missing = await cli(['merge', 's1/report.json', 's2/report.json', '--out', 'merged']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(
      `shard 3/3 of ${manifest} is missing (got 1/3, 2/3: ${12 - third} of 12 jobs): give every shard's report.json, or merge with --allow-partial to make a report marked partial`,
    );
    expect(existsSync(join(t.dir, 'merged'))).toBe(false);

    // The same shard twice is no substitute for the missing one.
    const copy = join(t.dir, 's2-copy.json');
    await writeFile(copy, await readFile(join(t.dir, 's2', 'report.json')));
    const duplicate = await cli(['merge', 's1/report.json', 's2/report.json', 's2-copy.json', '--out', 'merged']);
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toMatch(/^shard 2\/3 is given twice, in .*s2-copy\.json and .*s2\/report\.json: give each shard's report once\n$/);

    // A shard of an edited manifest (one prompt more) is another manifest, even under the same name.
    await writeManifest(t.dir, 'm.yaml', `${MANIFEST}  - {id: extra, prompt: One more}\n`);
    expect((await cli(['run', manifest, '--simulate', '--shard', '3/3', '--out', 'edited', '--fail-on', 'never', '--quiet'])).code).toBe(0);
    const other = await cli(['merge', 's1/report.json', 's2/report.json', 'edited/report.json', '--out', 'merged', '--allow-partial']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/edited\/report\.json is a report of another manifest than .*s1\/report\.json \(.*sha256 [0-9a-f]{12}, .*sha256 [0-9a-f]{12}\): merge the shards of one run of one manifest\n$/);

    // --allow-partial: merged, exit per --fail-on, and every report says what is missing.
    const partial = await cli(['merge', 's1/report.json', 's2/report.json', '--out', 'merged', '--allow-partial', '--fail-on', 'never']);
    expect(partial.code, partial.stderr).toBe(0);
    const note = `Partial merge: shard 3/3 missing, ${third} of 12 jobs not in this report.`;
    expect(partial.stdout).toContain(`${note}\n`);
    const merged = parseReport(await readFile(join(t.dir, 'merged', 'report.json'), 'utf8'), 'merged');
    expect(merged.partial).toEqual({ missingShards: [3], shardCount: 3, missingJobs: third });
    expect(merged.summary.total).toBe(12 - third);
    expect(await readFile(join(t.dir, 'merged', 'report.md'), 'utf8')).toContain(`**${note}**`);
    expect(await readFile(join(t.dir, 'merged', 'report.html'), 'utf8')).toContain(`<p class="banner" role="status">${note}</p>`);
    expect(buildSummary(merged, { scope: '2 shard reports merged' })).toContain(`<b>${note}</b>`);
    // Merged again, a partial report stays partial: refused, or marked again with --allow-partial.
    const again = await cli(['merge', 'merged/report.json', '--out', 'again']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(new RegExp(`merged/report\\.json: ${note.replace(/[.()]/g, '\\$&')} Merge every shard's report instead, or pass --allow-partial\n$`));
    const kept = await cli(['merge', 'merged/report.json', '--out', 'again', '--allow-partial', '--fail-on', 'never']);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain(`${note}\n`);
    const failed = shards.slice(0, 2).some((report) => report.jobs.some((job) => job.status !== 'completed'));
    const byFailOn = await cli(['merge', 's1/report.json', 's2/report.json', '--out', 'merged', '--allow-partial']);
    expect(byFailOn.code).toBe(failed ? 1 : 0);

    // Every shard: whole, no mark, exit per --fail-on (two jobs fail in the simulator).
    const whole = await cli(['merge', 's1/report.json', 's2/report.json', 's3/report.json', '--out', 'all']);
    expect(whole.code).toBe(1);
    expect(whole.stdout).not.toContain('Partial merge');
    const all = parseReport(await readFile(join(t.dir, 'all', 'report.json'), 'utf8'), 'all');
    expect(all.partial).toBeUndefined();
    expect(all).toMatchObject({ shard: null, manifestSha256: sha256, manifestJobs: 12, summary: { total: 12 } });
    expect(await readFile(join(t.dir, 'all', 'report.md'), 'utf8')).not.toContain('Partial merge');
  });
});
