import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { findReports, mergeReportFiles, mergeReports, parseReport, rebaseMedia } from '../src/report/merge.js';
import type { Report } from '../src/report/report.js';
import { runAgainst, runCli, useResources, writeManifest } from './helpers.js';
import { TWELVE_JOBS } from './shard-fixture.js';

const MANIFEST = TWELVE_JOBS;

/** A report's jobs with what differs between two runs of the same manifest left out. */
function comparable(report: Report): unknown {
  return {
    manifest: report.manifest,
    interrupted: report.interrupted,
    summary: report.summary,
    jobs: report.jobs.map(({ startedAt: _s, finishedAt: _f, durationMs: _d, videoId: _v, ...rest }) => rest),
  };
}

describe('merging shard reports', () => {
  const use = useResources();

  it('gives the report of one unsharded run, apart from times and video ids', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const whole = await runAgainst(sim, { manifest, outDir: join(t.dir, 'whole') });
    const shards = await Promise.all(
      [1, 2, 3, 4].map((index) => runAgainst(sim, { manifest, outDir: join(t.dir, 'shards', String(index)), shard: { index, total: 4 } })),
    );
    // The remix chain ran in one shard, so the remixes found their source's video.
    const chainShards = shards.filter((s) => s.report!.jobs.some((j) => j.id === 'root'));
    expect(chainShards.length).toBe(1);
    expect(chainShards[0]!.report!.jobs.map((j) => j.id)).toEqual(expect.arrayContaining(['root', 'remix-a', 'remix-b']));
    expect(shards.reduce((n, s) => n + s.report!.jobs.length, 0)).toBe(12);

    const merged = await mergeReportFiles(['shards/*/report.json'], join(t.dir, 'merged'), t.dir);
    expect(merged.merged.length).toBe(4);
    expect(comparable(merged.report)).toEqual(comparable(whole.report!));
    expect(merged.report.summary).toMatchObject({ total: 12, completed: 10, failed: 2 });
    const onDisk = parseReport(await readFile(join(t.dir, 'merged', 'report.json'), 'utf8'), 'merged');
    expect(onDisk).toEqual(merged.report);
    expect(await readFile(join(t.dir, 'merged', 'report.md'), 'utf8')).toMatch(/\*\*12 jobs\*\*/);
    // The run spans from the first shard's start to the last shard's finish.
    const starts = shards.map((s) => s.report!.startedAt).sort();
    const ends = shards.map((s) => s.report!.finishedAt).sort();
    expect(merged.report.startedAt).toBe(starts[0]);
    expect(merged.report.finishedAt).toBe(ends.at(-1));

    // The merged gallery: one card per job, each player and poster pointing at its shard's files.
    const html = await readFile(merged.reportHtml, 'utf8');
    expect(html.match(/<article class="card"/g)).toHaveLength(12);
    // Each player is a stand-in holding its video's (and poster's) address until it comes into view.
    const links = [...html.matchAll(/ data-(?:src|poster)="([^"#]+)/g)].map((m) => decodeURIComponent(m[1]!));
    expect(links.length).toBe(10); // 10 completed jobs (these runs fetch no previews)
    for (const link of links) {
      expect(link).toMatch(/^\.\.\/shards\/[1-4]\/videos\//);
      expect((await stat(resolve(t.dir, 'merged', link))).size).toBeGreaterThan(0);
    }
  });

  it('keeps the gallery inside each shard folder, whatever a shard report claims', () => {
    const job = (id: string, file: string | null) => ({ id, file, thumbnail: file, spritesheet: null });
    const shard = (path: string, jobs: ReturnType<typeof job>[]) => ({ path, report: { jobs } as unknown as Report });
    const files = [shard('/w/shards/1/report.json', [job('a', 'videos/a.mp4'), job('evil', '../../../etc/passwd')]), shard('/w/shards/2/report.json', [job('b', 'videos/b.mp4')])];
    const merged = { jobs: [job('a', 'videos/a.mp4'), job('evil', '../../../etc/passwd'), job('b', 'videos/b.mp4'), job('lost', 'videos/lost.mp4')] } as unknown as Report;
    const rebased = rebaseMedia(merged, files, '/w/merged');
    expect(rebased.jobs.map((j) => [j.id, j.file, j.thumbnail ?? null])).toEqual([
      ['a', '../shards/1/videos/a.mp4', '../shards/1/videos/a.mp4'],
      ['evil', null, null],
      ['b', '../shards/2/videos/b.mp4', '../shards/2/videos/b.mp4'],
      ['lost', null, null],
    ]);
  });

  it('refuses a job that is in two reports, and reports of different manifests', () => {
    const report = (manifest: string, ids: string[]): Report =>
      ({
        schemaVersion: 1,
        manifest,
        startedAt: '2026-01-01T00:00:00.000Z',
        finishedAt: '2026-01-01T00:01:00.000Z',
        interrupted: false,
        summary: {},
        jobs: ids.map((id, i) => ({ id, source: { file: manifest, line: i + 1 }, status: 'completed', seconds: 4 })),
      }) as unknown as Report;
    expect(() => mergeReports([{ path: 'a.json', report: report('m.yaml', ['x', 'y']) }, { path: 'b.json', report: report('m.yaml', ['y']) }])).toThrowError(
      /job "y" is in both a\.json and b\.json/,
    );
    expect(() => mergeReports([{ path: 'a.json', report: report('m.yaml', ['x']) }, { path: 'b.json', report: report('n.yaml', ['y']) }])).toThrowError(
      /merge the shards of one manifest/,
    );
    expect(() => mergeReports([])).toThrowError(ConfigError);
  });

  it('names the file that is not a report, and a pattern that matches nothing', async () => {
    const t = await use.folder();
    await writeFile(join(t.dir, 'bad.json'), '{"hello": 1}');
    expect(() => parseReport('{"hello": 1}', 'bad.json')).toThrowError(/bad\.json is not a video-batch report\.json/);
    expect(() => parseReport('not json', 'x.json')).toThrowError(/x\.json is not JSON/);
    expect(() => parseReport('{"schemaVersion": 99, "jobs": []}', 'new.json')).toThrowError(/schema 99/);
    await expect(findReports(['nowhere/*/report.json'], t.dir)).rejects.toThrowError(/no report matches nowhere\/\*\/report\.json/);
    await expect(mergeReportFiles(['bad.json'], join(t.dir, 'out'), t.dir)).rejects.toThrowError(ConfigError);
  });

  it('the CLI runs one shard with --shard and merges with `merge ... --out`', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const cli = (args: string[]) => runCli(args, {}, t.dir);
    // openai jobs: a dry run needs the gateway's URL (OpenAI's own API is gone).
    const plans = await Promise.all([1, 2].map((i) => cli(['run', manifest, '--dry-run', '--shard', `${i}/2`, '--base-url', 'https://gateway.example/v1'])));
    const planned = plans.flatMap((p) => [...p.stdout.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]));
    expect(planned.sort()).toEqual(['bread', 'broken', 'car', 'city', 'fox', 'kite', 'owl', 'refused', 'remix-a', 'remix-b', 'root', 'waves']);
    const bad = await cli(['run', manifest, '--dry-run', '--shard', '3/2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--shard takes I\/N/);

    const runs = await Promise.all([1, 2].map((i) => cli(['run', manifest, '--simulate', '--shard', `${i}/2`, '--out', `s${i}`, '--fail-on', 'never'])));
    for (const r of runs) expect(r.code).toBe(0);
    const merged = await cli(['merge', 's1/report.json', 's2/report.json', '--out', 'all']);
    expect(merged.stderr).toMatch(/merged 2 reports \(12 jobs\)/);
    // What the merge produced is on stdout, as for `run`: the paths, then the one-line result.
    expect(merged.stdout.trim().split('\n')).toEqual([
      `report: ${join(t.dir, 'all', 'report.json')}`,
      expect.stringMatching(/^gallery: .*report\.html /),
      expect.stringMatching(/^\d+ completed.*; exit 1: 2 of 12 did not complete \(--fail-on any\); see report\.md$/),
    ]);
    expect(merged.code).toBe(1); // two jobs failed, and --fail-on defaults to any
    const report = parseReport(await readFile(join(t.dir, 'all', 'report.json'), 'utf8'), 'all');
    expect(report.jobs.map((j) => j.id)).toEqual(['root', 'remix-a', 'remix-b', 'refused', 'broken', 'fox', 'car', 'city', 'bread', 'waves', 'kite', 'owl']);
    expect((await cli(['merge', 's1/report.json', 's2/report.json', '--out', 'all', '--fail-on', 'never'])).code).toBe(0);
    const usage = await cli(['merge', 's1/report.json']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--out DIR/);
  });
});
