/**
 * `video-batch picks`: what people chose in the comparison view (picks.json) against the run's
 * report: wins and ratings per variant, a manifest of the picked variants and one of the prompts
 * left without a pick. Pure: text in, text out; the CLI reads and writes the files.
 *
 * picks.json: `{ "run": <report startedAt>, "picks": [{ "prompt": <group id>, "variant": <name> | null,
 * "ratings": {<variant>: 1-5}, "note": <text> }] }`. A prompt is picked when its entry names a
 * variant; it is rejected when its entry has `variant: null` or the file has no entry for it.
 */
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { Document } from 'yaml';
import { ConfigError } from '../errors.js';
import type { JsonValue } from '../types.js';
import type { Report, ReportJob } from './report.js';

export interface Pick {
  readonly prompt: string;
  readonly variant: string | null;
  readonly ratings: Readonly<Record<string, number>>;
  readonly note: string;
}

export interface Picks {
  readonly run: string;
  readonly picks: readonly Pick[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses picks.json.
 * @throws ConfigError naming `path` and the entry that is not of the format.
 */
export function parsePicks(text: string, path: string): Picks {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigError(`${path} is not JSON; give the picks.json that the comparison view of report.html exported`);
  }
  if (!isObject(value) || !Array.isArray(value.picks)) throw new ConfigError(`${path} is not a picks.json: it needs "run" and a "picks" list`);
  const picks = value.picks.map((entry, index): Pick => {
    const where = `${path}: pick ${index + 1}`;
    if (!isObject(entry) || typeof entry.prompt !== 'string') throw new ConfigError(`${where} needs "prompt", the id of a prompt of the run`);
    if (entry.variant !== null && entry.variant !== undefined && typeof entry.variant !== 'string') throw new ConfigError(`${where}: "variant" must be a variant name or null`);
    const ratings: Record<string, number> = {};
    if (entry.ratings !== undefined && entry.ratings !== null) {
      if (!isObject(entry.ratings)) throw new ConfigError(`${where}: "ratings" must map variant names to 1-5`);
      for (const [variant, rating] of Object.entries(entry.ratings)) {
        if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 5) throw new ConfigError(`${where}: the rating of ${JSON.stringify(variant)} must be a whole number from 1 to 5`);
        ratings[variant] = rating;
      }
    }
    return { prompt: entry.prompt, variant: typeof entry.variant === 'string' ? entry.variant : null, ratings, note: typeof entry.note === 'string' ? entry.note : '' };
  });
  return { run: typeof value.run === 'string' ? value.run : '', picks };
}

/** The jobs of the report by prompt (group) and variant. */
function variantsByPrompt(report: Report): Map<string, Map<string, ReportJob>> {
  const byPrompt = new Map<string, Map<string, ReportJob>>();
  for (const job of report.jobs) {
    if (job.group === null || job.group === undefined || job.variant === null || job.variant === undefined) continue;
    const variants = byPrompt.get(job.group) ?? new Map<string, ReportJob>();
    variants.set(job.variant, job);
    byPrompt.set(job.group, variants);
  }
  return byPrompt;
}

export interface VariantTally {
  readonly variant: string;
  readonly wins: number;
  /** Mean rating, or null when nobody rated it. */
  readonly rating: number | null;
  readonly ratings: number;
}

export interface PicksOutcome {
  readonly tally: readonly VariantTally[];
  /** Prompt ids with a picked variant, in report order, with the chosen job. */
  readonly picked: readonly { readonly prompt: string; readonly job: ReportJob; readonly note: string }[];
  /** Prompt ids without a pick, in report order. */
  readonly rejected: readonly string[];
  /** Something to know that does not stop the command (picks of another run). */
  readonly warnings: readonly string[];
}

/**
 * Checks the picks against the report and counts them.
 * @throws ConfigError when the report has no matrix, or a pick names a prompt or variant the run did not have.
 */
export function tallyPicks(picks: Picks, report: Report): PicksOutcome {
  const byPrompt = variantsByPrompt(report);
  if (byPrompt.size === 0) throw new ConfigError('the report has no variants: picks compare the variants of a run with a "matrix:" block');
  const names = [...new Set(report.jobs.flatMap((job) => (job.variant ? [job.variant] : [])))];
  const warnings: string[] = [];
  if (picks.run !== '' && picks.run !== report.startedAt) warnings.push(`the picks are of run ${picks.run}, the report of run ${report.startedAt}; counted anyway`);
  const chosen = new Map<string, Pick>();
  for (const pick of picks.picks) {
    const variants = byPrompt.get(pick.prompt);
    if (variants === undefined) throw new ConfigError(`the picks name prompt ${JSON.stringify(pick.prompt)}, which the report has not; give the report.json of the run the picks were made on`);
    for (const variant of [...(pick.variant ? [pick.variant] : []), ...Object.keys(pick.ratings)]) {
      if (!variants.has(variant)) throw new ConfigError(`the picks name variant ${JSON.stringify(variant)} of prompt ${JSON.stringify(pick.prompt)}, which the run did not have (variants: ${[...variants.keys()].join(', ')})`);
    }
    chosen.set(pick.prompt, pick); // a later entry for the same prompt wins, as a later click would
  }
  const tally = names.map((variant): VariantTally => {
    const given = [...chosen.values()].flatMap((pick) => (pick.ratings[variant] === undefined ? [] : [pick.ratings[variant]!]));
    return {
      variant,
      wins: [...chosen.values()].filter((pick) => pick.variant === variant).length,
      rating: given.length === 0 ? null : Math.round((given.reduce((a, b) => a + b, 0) / given.length) * 100) / 100,
      ratings: given.length,
    };
  });
  const picked: { prompt: string; job: ReportJob; note: string }[] = [];
  const rejected: string[] = [];
  for (const [prompt, variants] of byPrompt) {
    const pick = chosen.get(prompt);
    if (pick?.variant) picked.push({ prompt, job: variants.get(pick.variant)!, note: pick.note });
    else rejected.push(prompt);
  }
  return { tally, picked, rejected, warnings };
}

/** The tally as the CLI prints it. */
export function tallyLines(outcome: PicksOutcome): string[] {
  const width = Math.max(7, ...outcome.tally.map((row) => row.variant.length));
  const lines = [`${'variant'.padEnd(width)}  wins  rating`];
  for (const row of outcome.tally) {
    const rating = row.rating === null ? '-' : `${row.rating.toFixed(1)} (${row.ratings} rated)`;
    lines.push(`${row.variant.padEnd(width)}  ${String(row.wins).padStart(4)}  ${rating}`);
  }
  const total = outcome.picked.length + outcome.rejected.length;
  lines.push(`${outcome.picked.length} of ${total} prompts picked${outcome.rejected.length > 0 ? `; no pick: ${outcome.rejected.join(', ')}` : ''}`);
  return lines;
}

/** A manifest as text, and what to tell the user about it. */
export interface WrittenManifest {
  readonly text: string;
  readonly warnings: readonly string[];
}

/** Manifest fields in the order the manifest documents them. */
const FIELD_ORDER = ['provider', 'model', 'seconds', 'size', 'input_reference', 'remix_of', 'base_url', 'api_key_env', 'params'] as const;
type Field = (typeof FIELD_ORDER)[number];
type Fields = Partial<Record<Field, JsonValue>>;

/** Fields a matrix variant may set: all but remix_of, which belongs to each job. */
const VARIANT_FIELDS: readonly Field[] = FIELD_ORDER.filter((field) => field !== 'remix_of');

/** True when the report records each job's image, remix and endpoint (written since they were added). */
const recordsSpecs = (report: Report): boolean => report.manifestJobs !== undefined;

/**
 * The manifest fields of a report job, each only when set: what made its request. `remix_of` is
 * left to the caller (it names another job). An image path is made relative to `manifestDir`, the
 * folder of the manifest being written, so it resolves to the same file.
 */
function fieldsOf(job: ReportJob, manifestDir: string): Fields {
  const fields: Fields = { provider: job.provider, model: job.model };
  if (job.seconds !== null) fields.seconds = job.seconds;
  if (job.size !== null) fields.size = job.size;
  if (job.inputReference !== undefined) fields.input_reference = relative(manifestDir, job.inputReference).split(sep).join('/');
  if (job.baseUrl !== undefined) fields.base_url = job.baseUrl;
  if (job.apiKeyEnv !== undefined) fields.api_key_env = job.apiKeyEnv;
  if (job.params !== undefined) fields.params = job.params;
  return fields;
}

const ordered = (fields: Fields): Fields => Object.fromEntries(FIELD_ORDER.flatMap((field) => (fields[field] === undefined ? [] : [[field, fields[field]]])));
const same = (a: JsonValue | undefined, b: JsonValue | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Warnings about a manifest's images outside its folder, which the reader refuses without --input-dir. */
function imageWarnings(jobs: readonly ReportJob[], manifestDir: string): string[] {
  const outside = new Set(
    jobs.flatMap((job) => {
      if (job.inputReference === undefined) return [];
      const path = relative(manifestDir, job.inputReference);
      return path.startsWith('..') || isAbsolute(path) ? [dirname(job.inputReference)] : [];
    }),
  );
  return outside.size === 0 ? [] : [`input images are outside the folder of the written manifest; run it with ${[...outside].map((dir) => `--input-dir ${dir}`).join(' ')}`];
}

/** The header comment: what the file is and where it came from (the YAML library writes it as comment lines). */
function header(what: string, report: Report): string {
  const lines = [
    ` ${what}, from the picks on the run of ${report.manifest} (${report.startedAt}).`,
    ' Written by video-batch picks from report.json: each job as the run sent it.',
  ];
  if (!recordsSpecs(report)) {
    lines.push(' The report is from an older video-batch that did not record input_reference, remix_of,', ' base_url, api_key_env, pricing or models: add them again if the original manifest had them.');
  }
  return lines.join('\n');
}

/** The manifest text: blocks in the order a person writes them, every value through the YAML library. */
function render(report: Report, comment: string, body: Record<string, unknown>): string {
  const doc = new Document({
    ...(report.pricing === undefined ? {} : { pricing: report.pricing }),
    ...(report.models === undefined ? {} : { models: report.models }),
    ...body,
  });
  doc.commentBefore = comment;
  return doc.toString({ lineWidth: 0 });
}

const OLDER_REPORT = 'the report is from an older video-batch: check the written manifest for input_reference, remix_of, base_url, api_key_env, pricing and models';

/**
 * A manifest of each picked prompt with its chosen variant, as the run sent it: every field that
 * made the request, the manifest's pricing and models, ids of the prompts. Its jobs have the
 * fingerprints the picked ones had, except a remix of another job, which becomes a remix of that
 * job's video (said in a warning). `manifestDir` is the folder it will be written to.
 * @throws ConfigError when a picked job remixes a job that made no video.
 */
export function pickedManifest(outcome: PicksOutcome, report: Report, manifestDir: string): WrittenManifest | undefined {
  if (outcome.picked.length === 0) return undefined;
  const byId = new Map(report.jobs.map((job) => [job.id, job]));
  const warnings: string[] = recordsSpecs(report) ? [] : [OLDER_REPORT];
  const jobs = outcome.picked.map(({ prompt, job }) => {
    const fields = fieldsOf(job, manifestDir);
    if (job.remixOf?.kind === 'video') fields.remix_of = job.remixOf.videoId;
    if (job.remixOf?.kind === 'job') {
      const sourceId = job.remixOf.jobId;
      const videoId = byId.get(sourceId)?.videoId ?? null;
      if (videoId === null) throw new ConfigError(`the pick of ${JSON.stringify(prompt)} remixes job ${JSON.stringify(sourceId)}, which made no video; pick again once its source has one`);
      fields.remix_of = videoId;
      warnings.push(`${prompt} remixes job ${sourceId}, which is not in the written manifest: it remixes its video ${videoId} instead`);
    }
    return { id: prompt, prompt: job.prompt, ...ordered(fields) };
  });
  warnings.push(...imageWarnings(outcome.picked.map(({ job }) => job), manifestDir));
  return { text: render(report, header('The picked variant of each prompt', report), { jobs }), warnings };
}

/**
 * A manifest of the prompts without a pick, with the run's variants as its matrix, to try again or
 * with other variants; undefined when every prompt has a pick. A variant sets the fields all its
 * jobs shared; a prompt's job sets the fields all its variants shared; a value that varied both
 * ways is named in a warning. `manifestDir` is the folder it will be written to.
 */
export function rejectedManifest(outcome: PicksOutcome, report: Report, manifestDir: string): WrittenManifest | undefined {
  if (outcome.rejected.length === 0) return undefined;
  const warnings: string[] = recordsSpecs(report) ? [] : [OLDER_REPORT];
  const rejected = new Set(outcome.rejected);
  const byId = new Map(report.jobs.map((job) => [job.id, job]));
  const fieldsById = new Map<string, Fields>();
  for (const job of report.jobs) {
    if (!job.variant || !job.group) continue;
    const fields = fieldsOf(job, manifestDir);
    // Inside a matrix a remix names the prompt; the same variant of it is remixed.
    const source = job.remixOf?.kind === 'job' ? byId.get(job.remixOf.jobId) : undefined;
    if (job.remixOf?.kind === 'video') fields.remix_of = job.remixOf.videoId;
    else if (source?.group && rejected.has(source.group)) fields.remix_of = source.group;
    else if (job.remixOf?.kind === 'job' && rejected.has(job.group)) warnings.push(`${job.id} remixes ${job.remixOf.jobId}, which has a pick: its remix_of is left out`);
    fieldsById.set(job.id, fields);
  }
  const shared = (jobs: readonly ReportJob[], field: Field): JsonValue | undefined => {
    const values = jobs.map((job) => fieldsById.get(job.id)?.[field]);
    return values.every((value) => same(value, values[0])) ? values[0] : undefined;
  };
  const byVariant = new Map<string, ReportJob[]>();
  const byPrompt = new Map<string, ReportJob[]>();
  for (const job of report.jobs) {
    if (!job.variant || !job.group) continue;
    byVariant.set(job.variant, [...(byVariant.get(job.variant) ?? []), job]);
    byPrompt.set(job.group, [...(byPrompt.get(job.group) ?? []), job]);
  }
  const variants = new Map([...byVariant].map(([name, jobs]) => [name, ordered(Object.fromEntries(VARIANT_FIELDS.map((field) => [field, shared(jobs, field)])))]));
  const jobs = outcome.rejected.map((id) => {
    const own = byPrompt.get(id) ?? [];
    const fields: Fields = {};
    for (const field of FIELD_ORDER) {
      const value = shared(own, field);
      // A value the variants already give every job needs no repeating.
      if (value !== undefined && !own.every((job) => same(variants.get(job.variant!)?.[field], value))) fields[field] = value;
    }
    for (const job of own) {
      const wanted = fieldsById.get(job.id) ?? {};
      const lost = FIELD_ORDER.filter((field) => !same(fields[field] ?? variants.get(job.variant!)?.[field], wanted[field]));
      if (lost.length > 0) warnings.push(`${job.id}: ${lost.join(', ')} differed between its variants and between prompts, which a matrix cannot say; check it in the written manifest`);
    }
    return { id, prompt: own[0]?.prompt ?? '', ...ordered(fields) };
  });
  const matrix = { variants: Object.fromEntries(variants) };
  warnings.push(...imageWarnings(outcome.rejected.flatMap((id) => byPrompt.get(id) ?? []), manifestDir));
  return { text: render(report, header('The prompts with no pick', report), { matrix, jobs }), warnings };
}
