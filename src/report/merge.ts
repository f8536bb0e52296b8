/**
 * Merging the report.json of N shards into one report, as if one run had done every job.
 * `mergeReports` is pure; `readReports`, `findReports` and `writeReport` are its I/O edges.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../errors.js';
import { jsonChunks } from './json.js';
import { copyShardInputImages } from './input-images.js';
import { htmlChunks } from './html.js';
import { markdownChunks } from './markdown.js';
import { buildReport, REPORT_SCHEMA_VERSION, type Report, type ReportOrigin } from './report.js';
import { checkSplit, missingPart, type MergeOptions, type ReportFile } from './shard-set.js';
import { reportCheck, type ReportCheck } from './schema.js';
import { variantOrder } from './variants.js';
import { writeAtomic } from './write.js';

export type { MergeOptions, ReportFile } from './shard-set.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * Parses the text of a report.json and checks it against the report schema (schema/report.schema.json).
 * Fields added by later versions of the same schema pass through.
 * @throws ConfigError naming `path` (and the field) when the text is not a report of this schema version.
 */
export function parseReport(text: string, path: string, check: ReportCheck = reportCheck()): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigError(`${path} is not JSON; give the report.json that a video-batch run wrote`);
  }
  if (!isObject(value) || typeof value.schemaVersion !== 'number' || !Array.isArray(value.jobs)) {
    throw new ConfigError(`${path} is not a video-batch report.json`);
  }
  if (value.schemaVersion !== REPORT_SCHEMA_VERSION) {
    throw new ConfigError(`${path} has report schema ${value.schemaVersion}; this video-batch reads schema ${REPORT_SCHEMA_VERSION} (run every shard with the same version)`);
  }
  check(value, path);
  const report = value as unknown as Report;
  for (const field of ['startedAt', 'finishedAt'] as const) {
    if (Number.isNaN(Date.parse(report[field]))) throw new ConfigError(`${path}: ${field} is not a time; give the report.json a video-batch run or merge wrote`);
  }
  if (report.shard && report.shard.index > report.shard.count) {
    throw new ConfigError(`${path}: shard.index ${report.shard.index} is above shard.count ${report.shard.count}; give the report.json a video-batch run wrote`);
  }
  return report;
}

/**
 * One report from the reports of every shard of a run: jobs back in manifest order, counts
 * recomputed, the earliest start and the latest finish. Pure.
 * @throws ConfigError when there are no reports, they come from different manifests, a shard or a
 *   job is in two of them, or (without `allowPartial`) a shard is missing.
 */
export function mergeReports(files: readonly ReportFile[], options: MergeOptions = {}): Report {
  const first = files[0];
  if (!first) throw new ConfigError('merge needs at least one report.json');
  const seen = new Map<string, string>();
  for (const { path, report } of files) {
    if (report.manifest !== first.report.manifest) {
      throw new ConfigError(`${path} is a report of ${report.manifest}, ${first.path} of ${first.report.manifest}: merge the shards of one manifest`);
    }
  }
  checkSplit(files);
  for (const { path, report } of files) {
    for (const job of report.jobs) {
      const other = seen.get(job.id);
      if (other !== undefined) {
        throw new ConfigError(`job "${job.id}" is in both ${other} and ${path}: give each shard's report once, from shards of one I/N split`);
      }
      seen.set(job.id, path);
    }
  }
  const partial = missingPart(files, options.allowPartial ?? false);
  // Each shard keeps manifest order, so a stable sort by source position restores the whole order.
  const position = (job: Report['jobs'][number]): [number, number] => [job.source.line, job.source.row ?? 0];
  // Variants of one prompt share its line; each shard lists them in manifest order, from which
  // the whole order follows.
  const sequences = files.flatMap((file) => {
    const byLine = new Map<string, string[]>();
    for (const job of file.report.jobs) {
      if (!job.variant) continue;
      const key = `${job.source.line}:${job.source.row ?? 0}`;
      byLine.set(key, [...(byLine.get(key) ?? []), job.variant]);
    }
    return [...byLine.values()];
  });
  const order = new Map(variantOrder(sequences).map((name, index) => [name, index]));
  const rank = (job: Report['jobs'][number]): number => (job.variant ? order.get(job.variant) ?? 0 : 0);
  const jobs = files
    .flatMap((file) => file.report.jobs)
    .map((job) => ({ ...job, variant: job.variant ?? null, group: job.group ?? null }))
    .sort((a, b) => position(a)[0] - position(b)[0] || position(a)[1] - position(b)[1] || rank(a) - rank(b));
  const known = files.find((file) => file.report.manifestSha256 !== undefined && file.report.manifestJobs !== undefined)?.report;
  const origin: ReportOrigin | undefined =
    known === undefined
      ? undefined
      : {
          sha256: known.manifestSha256!,
          jobs: known.manifestJobs!,
          shard: null,
          ...(known.pricing === undefined ? {} : { pricing: known.pricing }),
          ...(known.models === undefined ? {} : { models: known.models }),
        };
  const times = (pick: (r: Report) => string) => files.map((file) => Date.parse(pick(file.report)));
  return buildReport({
    manifest: first.report.manifest,
    startedAt: Math.min(...times((r) => r.startedAt)),
    finishedAt: Math.max(...times((r) => r.finishedAt)),
    interrupted: files.some((file) => file.report.interrupted),
    simulated: files.some((file) => file.report.simulated === true),
    jobs,
    // Each shard estimated its own jobs; the merged totals are their sum.
    estimates: new Map(
      jobs.map((job) => {
        const source = (job as { priceSource?: string | null }).priceSource;
        return [job.id, { usd: job.estimatedCostUsd ?? undefined, seconds: job.seconds ?? 0, ...(source ? { priceSource: source } : {}) }];
      }),
    ),
    ...(origin === undefined ? {} : { origin }),
    ...(partial === undefined ? {} : { partial }),
  });
}

/**
 * Reads and parses report files.
 * @throws ConfigError naming the file that cannot be read or is not a report.
 */
export async function readReports(paths: readonly string[]): Promise<ReportFile[]> {
  const check = reportCheck();
  return Promise.all(
    paths.map(async (path) => {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        const code = isObject(error) && isString(error.code) ? error.code : String(error);
        throw new ConfigError(`cannot read report ${path} (${code})`);
      }
      return { path, report: parseReport(text, path, check) };
    }),
  );
}

const GLOB_CHARS = /[*?[]/;

/** A glob as a regular expression over `/`-separated relative paths: `**` any folders, `*` and `?` within one name. */
function globRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * Files matching any of `patterns` (paths or globs with `*`, `?`, `**`; relative to `cwd`),
 * sorted, each once.
 * @throws ConfigError when a pattern matches no file.
 */
export async function findReports(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const parts = pattern.replace(/\\/g, '/').split('/');
    const firstGlob = parts.findIndex((part) => GLOB_CHARS.test(part));
    if (firstGlob < 0) {
      found.add(resolve(cwd, pattern));
      continue;
    }
    const base = resolve(cwd, parts.slice(0, firstGlob).join('/') || '.');
    const matcher = globRegExp(parts.slice(firstGlob).join('/'));
    let entries: string[] = [];
    try {
      const dirents = await readdir(base, { recursive: true, withFileTypes: true });
      entries = dirents.filter((d) => d.isFile()).map((d) => relative(base, join(d.parentPath, d.name)).split(sep).join('/'));
    } catch {
      // A missing folder is the same mistake as no match, reported below.
    }
    const matches = entries.filter((entry) => matcher.test(entry)).map((entry) => join(base, entry));
    if (matches.length === 0) throw new ConfigError(`no report matches ${pattern} (searched from ${isAbsolute(pattern) ? '/' : cwd})`);
    for (const match of matches) found.add(match);
  }
  return [...found].sort();
}

/**
 * The merged report as its gallery sees it from `outDir`: each job's video and previews point
 * into the folder of the shard report it came from (`../video-batch-shard-1/videos/x.mp4`). A path
 * that would leave its shard's folder becomes null. Pure.
 */
export function rebaseMedia(report: Report, files: readonly ReportFile[], outDir: string): Report {
  const folderOf = new Map<string, string>();
  for (const file of files) for (const job of file.report.jobs) folderOf.set(job.id, dirname(resolve(file.path)));
  const out = resolve(outDir);
  const rebase = (id: string, path: string | null | undefined): string | null => {
    const folder = folderOf.get(id);
    if (typeof path !== 'string' || path === '' || folder === undefined) return null;
    const target = resolve(folder, path);
    if (relative(folder, target).startsWith('..') || isAbsolute(relative(folder, target))) return null;
    return relative(out, target).split(sep).join('/');
  };
  return {
    ...report,
    jobs: report.jobs.map((job) => ({
      ...job,
      file: rebase(job.id, job.file),
      thumbnail: rebase(job.id, job.thumbnail),
      spritesheet: rebase(job.id, job.spritesheet),
    })),
  };
}

/**
 * Writes report.json, report.md and report.html into `outDir`; returns their paths. The gallery
 * links into the shards' folders (see rebaseMedia): keep them beside `outDir`, as the merge job
 * downloaded them, when the folder is uploaded or moved.
 */
export async function writeReport(report: Report, outDir: string, files: readonly ReportFile[]): Promise<{ reportJson: string; reportMarkdown: string; reportHtml: string }> {
  const reportJson = join(resolve(outDir), 'report.json');
  const reportMarkdown = join(resolve(outDir), 'report.md');
  const reportHtml = join(resolve(outDir), 'report.html');
  await writeAtomic(reportJson, jsonChunks(report));
  await writeAtomic(reportMarkdown, markdownChunks(report));
  // The gallery's input thumbnails come from the shards' copies, brought beside the merged report.
  const folderOf = new Map<string, string>();
  for (const file of files) for (const job of file.report.jobs) folderOf.set(job.id, dirname(resolve(file.path)));
  await copyShardInputImages(report.jobs, (id) => folderOf.get(id), resolve(outDir)).catch(() => []);
  await writeAtomic(reportHtml, htmlChunks(rebaseMedia(report, files, outDir)));
  return { reportJson, reportMarkdown, reportHtml };
}

/** The `merge` command of both faces: find, read, merge, write. */
export async function mergeReportFiles(
  patterns: readonly string[],
  outDir: string,
  cwd: string = process.cwd(),
  options: MergeOptions = {},
): Promise<{ report: Report; reportJson: string; reportMarkdown: string; reportHtml: string; merged: readonly string[] }> {
  const paths = await findReports(patterns, cwd);
  const files = await readReports(paths);
  const report = mergeReports(files, options);
  return { report, ...(await writeReport(report, outDir, files)), merged: paths };
}
