/**
 * The manifests `video-batch picks` writes: the picked variant of each prompt exactly as it ran, and
 * the prompts without a pick with the run's variants as their matrix. Every value and comment goes
 * through the YAML library's serializer, so no text from a report can become a manifest line. Pure.
 */
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { Document } from 'yaml';
import { ConfigError } from '../errors.js';
import type { JsonValue } from '../types.js';
import type { PicksOutcome } from './picks.js';
import type { Report, ReportJob } from './report.js';

/** A manifest as text, and what to tell the user about it. */
export interface WrittenManifest {
  readonly text: string;
  readonly warnings: readonly string[];
}

/** Manifest fields in the order the manifest documents them. */
const FIELD_ORDER = ['provider', 'model', 'seconds', 'size', 'input_reference', 'last_frame', 'reference_images', 'remix_of', 'base_url', 'api_key_env', 'params'] as const;
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
  const local = (path: string): string => relative(manifestDir, path).split(sep).join('/');
  // input_reference (not first_frame): a manifest older video-batch versions can read too, when it has no other image.
  if (job.inputReference !== undefined) fields.input_reference = local(job.inputReference);
  if (job.lastFrame !== undefined) fields.last_frame = local(job.lastFrame);
  if (job.referenceImages !== undefined) fields.reference_images = job.referenceImages.map(local);
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
      const images = [...(job.inputReference === undefined ? [] : [job.inputReference]), ...(job.lastFrame === undefined ? [] : [job.lastFrame]), ...(job.referenceImages ?? [])];
      return images.flatMap((image) => {
        const path = relative(manifestDir, image);
        return path.startsWith('..') || isAbsolute(path) ? [dirname(image)] : [];
      });
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
