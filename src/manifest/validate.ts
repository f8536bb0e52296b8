/**
 * Validation shared by both formats: fields as written -> JobSpecs, collecting every issue.
 * Order: fields and defaults, the job count (before anything is expanded), effective values
 * (job > overrides > defaults > built-ins), ids, remix links, then the injected provider/model
 * checks on every job they can judge (one without issues, or whose issues leave them sound).
 * Written as a generator that yields every few hundred jobs, so `readManifest` can give the event
 * loop a turn (a signal stops a long read) while `parseManifest` runs it straight through.
 */
import { resolve as resolvePath } from 'node:path';
import type { JobParams, JobSpec, ProviderName, RemixSource, SourceLocation } from '../types.js';
import { FIELDS, FIELD_NAMES, fieldNameOf, isFieldName, unknownFieldMessage, type FieldDefinition, type FieldName, type FieldResult, type FieldValues } from './fields.js';
import { closest, quote } from './hints.js';
import { canonicalJson, derivedId, fileStem, FreeNames } from './ids.js';
import { matrixVariants, variantCount } from './matrix.js';
import type { RawField, RawJob, RawManifest, RawValue } from './raw.js';
import { remixCycles } from './remix.js';
import { DEFAULT_MAX_JOBS, type ManifestIssue, type ParseOptions } from './types.js';

/** An input image (first_frame, last_frame, a reference image) to check on disk, with where it was written. */
export interface ImageReference {
  /** Absolute path. */
  readonly path: string;
  /** The field as written (`first_frame`, `input_reference`, `last_frame`, `reference_images`). */
  readonly field: string;
  readonly line: number;
  readonly job?: number;
  readonly row?: number;
}

export interface Validation {
  /** Every issue found after the front end; callers sort them by line. */
  readonly issues: ManifestIssue[];
  /**
   * The jobs; complete only when `issues` is empty. Otherwise they include jobs with issues whose
   * fields could still be judged (see CHECKED_WHEN_BROKEN), for checks beyond the file.
   */
  readonly jobs: JobSpec[];
  /** Every well-formed input image path, also of jobs with other issues, so all can be checked. */
  readonly references: ImageReference[];
}

type Values = Partial<FieldValues>;

/** The first-frame field a level (job or defaults) set, under either of its names. */
function firstFrameOf(values: Values): string | null | undefined {
  return values.first_frame !== undefined ? values.first_frame : values.input_reference;
}

/** A job's value over the default's, where null (written on the job) cancels the default. */
function overDefault<T>(own: T | null | undefined, fallback: T | null | undefined): T | undefined {
  if (own === null) return undefined;
  return own ?? fallback ?? undefined;
}

/** Which first-frame name a level used, for its line and messages. */
function firstFrameName(lines: Lines): 'first_frame' | 'input_reference' {
  return lines.first_frame !== undefined ? 'first_frame' : 'input_reference';
}
type Lines = Partial<Record<FieldName, number>>;

interface Draft {
  readonly raw: RawJob;
  readonly values: Values;
  readonly lines: Lines;
  id?: string;
  remixOf?: RemixSource;
  /** The matrix variant this draft is, and the id of the job it was expanded from. */
  variant?: string;
  group?: string;
  /** `matrix: false` on the job: it runs once, as written. */
  optOut?: boolean;
  /** Fields whose value came from the matrix (the job did not set them). */
  fromMatrix?: ReadonlySet<string>;
  /** Set once any issue concerns this job: it is not a job to run. */
  broken: boolean;
  /** The fields those issues concern (`job` for the job as a whole), to tell whether `checkJob` can still judge it. */
  readonly brokenFields: Set<string>;
}

/**
 * Fields whose mistake leaves the provider's checks sound: the value is left out, so a check can
 * only miss (a bad seconds hides the duration check), never invent a problem. A job whose issues
 * are all here is still checked, so its other problems are reported in the same pass. A bad
 * provider, model, input image or remix would have the checks judge the wrong job.
 */
const CHECKED_WHEN_BROKEN: ReadonlySet<string> = new Set(['seconds', 'size', 'audio', 'params', 'id', 'base_url']);

/** Work between two yields of `validateSteps`: a turn of the event loop every this many jobs. */
const STEP = 256;

/** Validates fields as written; pure apart from `options.checkJob`. */
export function validate(raw: RawManifest, options: ParseOptions): Validation {
  return runToEnd(validateSteps(raw, options));
}

/** Runs a step generator to its end, without pausing. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** `validate`, yielding every few hundred jobs (see the module's comment). */
export function* validateSteps(raw: RawManifest, options: ParseOptions): Generator<void, Validation> {
  let work = 0;
  const issues: ManifestIssue[] = [];
  const report = (line: number, message: string, at: { draft?: Draft; field?: string } = {}): void => {
    if (at.draft) {
      at.draft.broken = true;
      at.draft.brokenFields.add(at.field ?? 'job');
    }
    const job = at.draft?.raw.job;
    const row = at.draft?.raw.row;
    issues.push({
      file: options.file, line, message,
      ...(row !== undefined ? { row } : {}), ...(job !== undefined ? { job } : {}),
      ...(at.field !== undefined ? { field: at.field } : {}),
    });
  };

  const defaults: Values = {};
  const defaultLines: Lines = {};
  for (const field of raw.defaults) {
    if (!isFieldName(field.name)) {
      report(field.line, unknownFieldMessage(field.name));
    } else if (!FIELDS[field.name].allowedInDefaults) {
      report(field.line, `cannot be set in defaults; set it on each job`, { field: field.name });
    } else {
      readField(field, field.name, defaults, defaultLines, (message) => report(field.line, message, { field: field.name }));
    }
  }

  const bothNames = (lines: Lines, onIssue: (line: number) => void): void => {
    if (lines.first_frame !== undefined && lines.input_reference !== undefined) onIssue(Math.max(lines.first_frame, lines.input_reference));
  };
  bothNames(defaultLines, (line) => report(line, 'input_reference is the older name of first_frame; set only one of them', { field: 'input_reference' }));

  let drafts: Draft[] = [];
  for (const job of raw.jobs) {
    if (++work % STEP === 0) yield;
    const draft: Draft = { raw: job, values: {}, lines: {}, broken: false, brokenFields: new Set() };
    for (const field of job.fields) {
      if (field.name === 'matrix') {
        const text = field.value.kind === 'text' ? field.value.text.trim() : '';
        if (text === 'false') draft.optOut = true;
        else if (text !== 'true') report(field.line, 'must be false (run this job once, as written) or true', { draft, field: 'matrix' });
        continue;
      }
      if (!isFieldName(field.name)) {
        report(field.line, unknownFieldMessage(field.name), { draft });
        continue;
      }
      readField(field, field.name, draft.values, draft.lines, (message) => report(field.line, message, { draft, field: field.name }));
    }
    bothNames(draft.lines, (line) => report(line, 'input_reference is the older name of first_frame; set only one of them', { draft, field: 'input_reference' }));
    const promptField = job.fields.find((field) => field.name === 'prompt');
    // A prompt written but invalid, or misspelt (the hint says so), is reported already.
    const misspelt = job.fields.some((field) => !isFieldName(field.name) && closest(field.name, FIELD_NAMES) === 'prompt');
    if (promptField === undefined && !misspelt) {
      report(job.line, 'is missing: every job needs a prompt that says what the video should show', { draft, field: 'prompt' });
    } else if (promptField !== undefined && parseValue('prompt', promptField.value) === undefined) {
      report(promptField.line, 'must not be empty: say what the video should show', { draft, field: 'prompt' });
    }
    drafts.push(draft);
  }

  // The count before anything is expanded: a few matrix lines can ask for billions of jobs.
  const refused = countProblem(raw, drafts, options);
  if (refused !== undefined) {
    issues.push(refused);
    return { issues, jobs: [], references: [] };
  }

  const effective = (draft: Draft): Effective => effectiveValues(draft.values, defaults, options);

  // Ids: given ones first, so a derived id never takes one a user chose.
  const taken = new FreeNames();
  for (const draft of drafts) {
    draft.id = draft.values.id;
    if (draft.id !== undefined) taken.add(draft.id);
  }
  for (const draft of drafts) {
    if (++work % STEP === 0) yield;
    const prompt = draft.values.prompt;
    if (draft.id !== undefined || prompt === undefined) continue;
    // What shapes the video goes into the hash; where it is sent (base_url, api_key_env) does not.
    const s = effective(draft);
    // params join the hash only when present, so ids derived before params existed stay the same;
    // with their keys sorted, so reordering them is the same job.
    const params = s.params === undefined ? [] : [canonicalJson(s.params)];
    // audio likewise joins only when set.
    const audio = s.audio === undefined ? [] : [`audio=${s.audio}`];
    // The last frame and reference images likewise, so ids derived before they existed stay the same.
    const lastFrame = s.lastFrame === undefined ? [] : [`last_frame=${s.lastFrame}`];
    const references = s.referenceImages === undefined ? [] : [`reference_images=${canonicalJson(s.referenceImages)}`];
    draft.id = taken.take(derivedId(prompt, [s.provider, s.model, s.seconds, s.size, s.inputReference, draft.values.remix_of, ...params, ...audio, ...lastFrame, ...references]));
  }

  drafts = yield* expandMatrix(drafts, raw, (line, message, field) => {
    issues.push({ file: raw.matrixFile ?? options.file, line, field, message });
  }, (draft) => effective(draft));

  const byId = new Map<string, Draft>();
  const byStem = new Map<string, Draft>();
  for (const draft of drafts) {
    if (++work % STEP === 0) yield;
    if (draft.id === undefined) continue;
    const first = byId.get(draft.id);
    if (first !== undefined) {
      const message = `id ${quote(draft.id)} is used by the jobs at ${where(first.raw)} and ${where(draft.raw)}; ids must be unique`;
      report(draft.lines.id ?? draft.raw.line, message, { draft, field: 'id' });
      continue;
    }
    byId.set(draft.id, draft);
    const stem = fileStem(draft.id).toLowerCase();
    const clash = byStem.get(stem);
    if (clash?.id !== undefined) {
      const message =
        `ids ${quote(clash.id)} (${where(clash.raw)}) and ${quote(draft.id)} would be saved under the same file name ` +
        `${quote(fileStem(draft.id))} (file names ignore case on macOS and Windows); rename one`;
      report(draft.lines.id ?? draft.raw.line, message, { draft, field: 'id' });
    } else {
      byStem.set(stem, draft);
    }
  }

  const groups = new Map<string, string[]>();
  for (const draft of drafts) {
    if (draft.group === undefined || draft.variant === undefined) continue;
    // Pushed in place: copying the list per variant would be quadratic in a large matrix.
    const variants = groups.get(draft.group);
    if (variants) variants.push(draft.variant);
    else groups.set(draft.group, [draft.variant]);
  }
  // remix_of names a job of this manifest when such an id exists; anything else is a video id.
  for (const draft of drafts) {
    if (++work % STEP === 0) yield;
    const target = draft.values.remix_of;
    if (target === undefined) continue;
    const line = draft.lines.remix_of ?? draft.raw.line;
    // Inside a matrix, a remix of a prompt's job is the remix of the same variant of it.
    const sameVariant = draft.variant !== undefined && !byId.has(target) ? byId.get(`${target}@${draft.variant}`) : undefined;
    if (sameVariant?.id !== undefined) {
      draft.remixOf = { kind: 'job', jobId: sameVariant.id };
      continue;
    }
    if (groups.has(target) && !byId.has(target)) {
      const message = draft.variant !== undefined
        ? `job ${quote(target)} has no variant ${quote(draft.variant)} to remix; name one of its variants, e.g. ${quote(`${target}@${groups.get(target)![0]}`)}`
        : `job ${quote(target)} runs as several variants; name the one to remix, e.g. ${quote(`${target}@${groups.get(target)![0]}`)}`;
      report(line, message, { draft, field: 'remix_of' });
      continue;
    }
    const targetJob = byId.get(target);
    if (targetJob === draft) report(line, 'a job may not remix itself', { draft, field: 'remix_of' });
    else draft.remixOf = targetJob !== undefined ? { kind: 'job', jobId: target } : { kind: 'video', videoId: target };
  }
  const links = drafts.flatMap((draft) =>
    draft.id !== undefined && draft.remixOf?.kind === 'job' ? [{ id: draft.id, target: draft.remixOf.jobId }] : [],
  );
  for (const cycle of remixCycles(links)) {
    const members = cycle.map((id) => byId.get(id)).filter((member): member is Draft => member !== undefined);
    for (const member of members) {
      member.broken = true;
      member.brokenFields.add('remix_of');
    }
    const first = members.sort((a, b) => a.raw.line - b.raw.line)[0];
    if (first === undefined) continue;
    // Start the path at the job the issue is reported on.
    const start = Math.max(0, cycle.indexOf(first.id ?? ''));
    const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
    const path = [...ordered, ...ordered.slice(0, 1)].map((id) => quote(id)).join(' -> ');
    const message = `remix_of forms a cycle: ${path}; a job can only remix a job that does not depend on it`;
    report(first.lines.remix_of ?? first.raw.line, message, { draft: first, field: 'remix_of' });
  }

  const references: ImageReference[] = [];
  const jobs: JobSpec[] = [];
  const matrixProblems = new Set<string>();
  for (const draft of drafts) {
    if (++work % STEP === 0) yield;
    const e = effective(draft);
    const addReference = (written: string, field: string, ownLine: number | undefined, defaultLine: number | undefined): void => {
      const path = resolvePath(options.manifestDir, written);
      if (ownLine !== undefined) references.push({ path, field, line: ownLine, ...location(draft.raw) });
      else references.push({ path, field, line: defaultLine ?? draft.raw.line });
    };
    const ownFirst = firstFrameOf(draft.values) !== undefined;
    const firstName = ownFirst ? firstFrameName(draft.lines) : firstFrameName(defaultLines);
    if (e.inputReference !== undefined) addReference(e.inputReference, firstName, draft.lines[firstName], defaultLines[firstName]);
    if (e.lastFrame !== undefined) addReference(e.lastFrame, 'last_frame', draft.lines.last_frame, defaultLines.last_frame);
    for (const image of e.referenceImages ?? []) addReference(image, 'reference_images', draft.lines.reference_images, defaultLines.reference_images);
    const prompt = draft.values.prompt;
    if (draft.id === undefined || prompt === undefined || ![...draft.brokenFields].every((field) => CHECKED_WHEN_BROKEN.has(field))) continue;
    const source: SourceLocation = { file: options.file, line: draft.raw.line, ...(draft.raw.row !== undefined ? { row: draft.raw.row } : {}) };
    const spec: JobSpec = {
      id: draft.id,
      prompt,
      provider: e.provider,
      model: e.model,
      ...(e.seconds !== undefined ? { seconds: e.seconds } : {}),
      ...(e.size !== undefined ? { size: e.size } : {}),
      ...(e.audio !== undefined ? { audio: e.audio } : {}),
      ...(e.inputReference !== undefined ? { inputReference: resolvePath(options.manifestDir, e.inputReference) } : {}),
      ...(e.lastFrame !== undefined ? { lastFrame: resolvePath(options.manifestDir, e.lastFrame) } : {}),
      ...(e.referenceImages !== undefined ? { referenceImages: e.referenceImages.map((image) => resolvePath(options.manifestDir, image)) } : {}),
      ...(draft.remixOf !== undefined ? { remixOf: draft.remixOf } : {}),
      ...(e.baseUrl !== undefined ? { baseUrl: e.baseUrl } : {}),
      ...(e.apiKeyEnv !== undefined ? { apiKeyEnv: e.apiKeyEnv } : {}),
      ...(e.params !== undefined ? { params: e.params } : {}),
      ...(draft.variant !== undefined ? { variant: draft.variant } : {}),
      ...(draft.group !== undefined ? { group: draft.group } : {}),
      source,
    };
    jobs.push(spec);
    for (const problem of options.checkJob?.(spec, raw.models) ?? []) {
      // A first-frame problem is said under the name the manifest used for it.
      const named = fieldNameOf(problem.field);
      const field = named === 'input_reference' || named === 'first_frame' ? firstName : named;
      const line = (isFieldName(field) ? draft.lines[field] : undefined) ?? draft.raw.line;
      if (draft.fromMatrix?.has(field)) {
        // A value of the matrix: said once at its line, not once per prompt.
        draft.broken = true;
        draft.brokenFields.add('matrix');
        const key = `${line}\u0000${problem.message}`;
        if (!matrixProblems.has(key)) {
          matrixProblems.add(key);
          issues.push({ file: raw.matrixFile ?? options.file, line, field: `matrix.${field}`, message: `variant ${quote(draft.variant ?? '')}: ${problem.message}` });
        }
        continue;
      }
      report(line, problem.message, { draft, field });
    }
  }

  return { issues, jobs, references };
}

/**
 * Each job in the matrix becomes one draft per variant, id `<job id>@<variant>`: the variant's
 * fields fill in what the job does not set (a field on the job wins), and a variant that the job's
 * own fields make identical to an earlier one is left out (it would pay twice for the same video).
 * Jobs with `matrix: false` pass through. Each value of the matrix is checked once, at its line,
 * naming a variant it makes. Called only once the count is known to be within the limit.
 */
function* expandMatrix(
  drafts: readonly Draft[],
  raw: RawManifest,
  report: (line: number, message: string, field: string) => void,
  effective: (draft: Draft) => Effective,
): Generator<void, Draft[]> {
  const matrix = raw.matrix;
  if (matrix === undefined) return [...drafts];
  let work = 0;
  /** One value (or a named variant's fields), parsed once; where it went wrong, and the variants that use it. */
  interface Parsed {
    readonly values: Values;
    readonly lines: Lines;
    readonly problems: { line: number; field: string; message: string }[];
    firstVariant?: string;
    variants: number;
  }
  const parse = (fields: readonly RawField[]): Parsed => {
    const parsed: Parsed = { values: {}, lines: {}, problems: [], variants: 0 };
    for (const field of fields) {
      if (!isFieldName(field.name)) continue;
      readField(field, field.name, parsed.values, parsed.lines, (message) => parsed.problems.push({ line: field.line, field: `matrix.${field.name}`, message }));
    }
    return parsed;
  };
  const named = matrix.named.map((variant) => parse(variant.fields));
  const lists = matrix.lists.map((list) => list.values.map((field) => parse([field])));
  const variants: { name: string; values: Values; lines: Lines; ok: boolean }[] = [];
  for (const variant of matrixVariants(matrix)) {
    if (++work % STEP === 0) yield;
    const parts = [...(named.length > 0 ? [named[variant.base]!] : []), ...variant.picks.map((pick, index) => lists[index]![pick]!)];
    for (const part of parts) {
      part.firstVariant ??= variant.name;
      part.variants++;
    }
    const values: Values = {};
    const lines: Lines = {};
    for (const part of parts) {
      Object.assign(values, part.values);
      Object.assign(lines, part.lines);
    }
    variants.push({ name: variant.name, values, lines, ok: parts.every((part) => part.problems.length === 0) });
  }
  // One line per mistake, naming the variant it spoils: a named one by its name, a list value by
  // the first variant it makes (and how many more share it).
  const said = (part: Parsed, which: string): void => {
    for (const problem of part.problems) report(problem.line, `${which}: ${problem.message}`, problem.field);
  };
  matrix.named.forEach((variant, index) => said(named[index]!, `variant ${quote(variant.name)}`));
  for (const part of lists.flat()) {
    const others = part.variants - 1;
    said(part, `variant ${quote(part.firstVariant ?? '')}${others > 0 ? ` (and ${others} more with this value)` : ''}`);
  }
  const expanded: Draft[] = [];
  for (const draft of drafts) {
    if (draft.optOut || draft.id === undefined) {
      expanded.push(draft);
      continue;
    }
    const seen = new Set<string>();
    for (const variant of variants) {
      if (++work % STEP === 0) yield;
      const child: Draft = {
        raw: draft.raw,
        values: { ...variant.values, ...draft.values },
        lines: { ...variant.lines, ...draft.lines },
        id: `${draft.id}@${variant.name}`,
        variant: variant.name,
        fromMatrix: new Set(Object.keys(variant.values).filter((name) => !(name in draft.values))),
        group: draft.id,
        broken: draft.broken || !variant.ok,
        brokenFields: new Set([...draft.brokenFields, ...(variant.ok ? [] : ['matrix'])]),
      };
      // A broken variant lacks its bad value, so it may look like a sound one: it never stands in for it.
      if (!child.broken) {
        const key = canonicalJson(effective(child));
        if (seen.has(key)) continue;
        seen.add(key);
      }
      expanded.push(child);
    }
  }
  return expanded;
}

/**
 * The issue that refuses a manifest whose jobs, once expanded, would be more than
 * `options.maxJobs`, or whose count alone already breaks `options.checkCount` (a budget); counted
 * without expanding anything.
 */
function countProblem(raw: RawManifest, drafts: readonly Draft[], options: ParseOptions): ManifestIssue | undefined {
  const variants = raw.matrix === undefined ? 1n : variantCount(raw.matrix);
  // A job that runs once: `matrix: false`, or one without a prompt or id (never expanded; its issue is reported).
  const once = drafts.filter((draft) => draft.optOut || (draft.values.id === undefined && draft.values.prompt === undefined)).length;
  const crossed = drafts.length - once;
  const total = BigInt(once) + BigInt(crossed) * variants;
  const max = options.maxJobs ?? DEFAULT_MAX_JOBS;
  const at = raw.matrix === undefined
    ? { file: options.file, line: raw.jobs[0]?.line ?? 0 }
    : { file: raw.matrixFile ?? options.file, line: raw.matrix.line, field: 'matrix' };
  const how = raw.matrix === undefined || crossed === 0 ? '' : ` (${formatCount(BigInt(crossed))} job${crossed === 1 ? '' : 's'} × ${formatCount(variants)} variants${once > 0 ? ` + ${once} run once` : ''})`;
  if (total > BigInt(max)) {
    return {
      ...at,
      message:
        `the manifest expands to ${formatCount(total)} jobs${how}, above the limit of ${formatCount(BigInt(max))}; nothing was sent. ` +
        'Trim the matrix (or split the manifest), or raise the limit with --max-jobs N (the action\'s max-jobs input)',
    };
  }
  const problem = options.checkCount?.(Number(total), { pricing: raw.pricing, models: raw.models });
  if (problem !== undefined) return { ...at, message: `the manifest expands to ${formatCount(total)} jobs${how}: ${problem}` };
  options.onCount?.(Number(total));
  return undefined;
}

/** `10,000,000,000`: a count as people read it, however large. */
export function formatCount(count: bigint): string {
  return count.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

interface Effective {
  provider: ProviderName;
  model: string;
  seconds?: number;
  size?: string;
  audio?: boolean;
  inputReference?: string;
  lastFrame?: string;
  referenceImages?: readonly string[];
  baseUrl?: string;
  apiKeyEnv?: string;
  params?: JobParams;
}

/**
 * Precedence: job field > CLI overrides (--provider/--model) > manifest `defaults` > built-ins, so
 * a flag can point an example elsewhere; `params` merge, the job's keys first. A model goes with
 * the provider written beside it: one whose provider lost to a higher level is dropped.
 */
function effectiveValues(job: Values, defaults: Values, options: ParseOptions): Effective {
  const overrides = options.overrides ?? {};
  const provider = job.provider ?? overrides.provider ?? defaults.provider ?? options.defaultProvider ?? 'openai';
  const goesWith = (named: ProviderName | undefined): boolean => named === undefined || named === provider;
  return {
    provider,
    model:
      job.model ??
      (goesWith(overrides.provider) ? overrides.model : undefined) ??
      (goesWith(defaults.provider) ? defaults.model : undefined) ??
      options.defaultModel(provider),
    seconds: job.seconds ?? defaults.seconds,
    size: job.size ?? defaults.size,
    audio: job.audio ?? defaults.audio,
    inputReference: overDefault(firstFrameOf(job), firstFrameOf(defaults)),
    lastFrame: overDefault(job.last_frame, defaults.last_frame),
    referenceImages: nonEmpty(overDefault(job.reference_images, defaults.reference_images)),
    baseUrl: job.base_url ?? defaults.base_url,
    apiKeyEnv: job.api_key_env ?? defaults.api_key_env,
    params: job.params === undefined || defaults.params === undefined ? (job.params ?? defaults.params) : { ...defaults.params, ...job.params },
  };
}

function nonEmpty(list: readonly string[] | undefined): readonly string[] | undefined {
  return list === undefined || list.length === 0 ? undefined : list;
}

/** Parses one field into `values`; an empty value counts as absent, except YAML null on an image field (it cancels the default). */
function readField<K extends FieldName>(field: RawField, name: K, values: Values, lines: Lines, onError: (message: string) => void): void {
  if (field.value.kind === 'empty' && field.value.cleared === true && FIELDS[name].clearable === true) {
    values[name] = null as FieldValues[K];
    lines[name] = field.line;
    return;
  }
  const result = parseValue(name, field.value);
  if (result === undefined) return;
  if (!result.ok) {
    onError(result.message);
    return;
  }
  values[name] = result.value;
  lines[name] = field.line;
}

function parseValue<K extends FieldName>(name: K, value: RawValue): FieldResult<FieldValues[K]> | undefined {
  const definition: FieldDefinition<FieldValues[K]> = FIELDS[name];
  if (value.kind === 'empty') return undefined;
  if (value.kind === 'mapping' && definition.parseMapping) return definition.parseMapping(value.data);
  if (value.kind === 'list' && definition.parseList) return definition.parseList(value.data);
  if (value.kind !== 'text') return { ok: false, message: `must be ${definition.expected} (got a ${value.kind})` };
  const text = value.text.trim();
  return text === '' ? undefined : definition.parse(text);
}

function location(job: RawJob): { job?: number; row?: number } {
  return { ...(job.job !== undefined ? { job: job.job } : {}), ...(job.row !== undefined ? { row: job.row } : {}) };
}

function where(job: RawJob): string {
  return job.row !== undefined ? `line ${job.line} (row ${job.row})` : `line ${job.line}`;
}
