/**
 * The JSON Schema of report.json (draft-07), as data. `npm run schema` writes it to
 * schema/report.schema.json; a test fails when the committed file differs, and another when
 * `buildReport` writes a field it does not describe. `picks` and `merge` check every report they
 * read against it (see checkReport), so a hand-edited or hostile report is refused before any of its
 * text reaches a manifest or a gallery.
 *
 * Objects allow fields the schema does not name: a report of a later version of the same schema
 * version still reads.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { ConfigError } from '../errors.js';
import { JOB_OUTCOMES, PROVIDER_NAMES } from '../types.js';
import { REPORT_SCHEMA_VERSION } from './report.js';

/** Where the schema is published, from the repository root. */
export const REPORT_SCHEMA_FILE = 'schema/report.schema.json';

type JsonSchema = { readonly [keyword: string]: unknown };

// Text that must stay on one line wherever it is shown or written (paths, names, codes).
const ONE_LINE = '^[^\\u0000-\\u001f\\u007f-\\u009f]*$';
const ISO_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$';

const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });
const count: JsonSchema = { type: 'integer', minimum: 0 };
const usd: JsonSchema = { type: 'number', minimum: 0 };
const oneLine = (description: string): JsonSchema => ({ type: 'string', pattern: ONE_LINE, description });
const time = (description: string): JsonSchema => ({ type: 'string', pattern: ISO_TIME, description });

function jobSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'One job: its request, its outcome and where its files are.',
    properties: {
      id: { type: 'string', minLength: 1, pattern: ONE_LINE, description: 'The job id, unique in the run.' },
      prompt: { type: 'string', description: 'The prompt as sent.' },
      provider: { enum: [...PROVIDER_NAMES], description: 'The API the job went to.' },
      model: oneLine('The model id.'),
      seconds: nullable({ type: 'integer', minimum: 1, description: 'Duration asked for; null for the provider\'s default.' }),
      size: nullable({ type: 'string', pattern: '^[1-9][0-9]*x[1-9][0-9]*$', description: 'WIDTHxHEIGHT asked for; null for the default.' }),
      params: { type: 'object', description: 'Request fields sent as written.' },
      inputReference: oneLine('Absolute path of the image the video started from (the manifest\'s first_frame, or input_reference).'),
      lastFrame: oneLine('Absolute path of the image the video was to end on (last_frame).'),
      referenceImages: { type: 'array', items: oneLine('Absolute path of a reference image.'), description: 'Absolute paths of the reference images (reference_images).' },
      remixOf: {
        description: 'What the job remixed: a video id, or another job of the manifest.',
        oneOf: [
          { type: 'object', properties: { kind: { const: 'video' }, videoId: oneLine('The remixed video.') }, required: ['kind', 'videoId'] },
          { type: 'object', properties: { kind: { const: 'job' }, jobId: oneLine('The remixed job.') }, required: ['kind', 'jobId'] },
        ],
      },
      baseUrl: { type: 'string', pattern: '^https?://[^\\s]*$', description: 'The manifest\'s base URL for the job.' },
      apiKeyEnv: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', description: 'Name of the variable that held its key (never the key).' },
      status: { enum: [...JOB_OUTCOMES], description: 'How the job ended.' },
      rawStatus: nullable(oneLine('The provider\'s last status word.')),
      videoId: nullable(oneLine('The provider\'s id of the video.')),
      error: nullable({
        type: 'object',
        properties: { code: oneLine('Error code.'), message: { type: 'string', description: 'What went wrong.' } },
        required: ['code', 'message'],
      }),
      attempts: count,
      decisions: { type: 'array', items: { type: 'string' }, description: 'Why the runner did what it did when a create went wrong.' },
      file: nullable(oneLine('The video, relative to the report\'s folder.')),
      bytes: nullable(count),
      thumbnail: nullable(oneLine('The poster image, relative to the report\'s folder.')),
      spritesheet: nullable(oneLine('The spritesheet image, relative to the report\'s folder.')),
      startedAt: nullable(time('When the job was created.')),
      finishedAt: nullable(time('When the job ended.')),
      durationMs: nullable({ type: 'number', minimum: 0 }),
      source: {
        type: 'object',
        description: 'Where the job is in the manifest.',
        properties: { file: oneLine('The manifest as given.'), line: count, row: count },
        required: ['file', 'line'],
      },
      variant: nullable(oneLine('The matrix variant; null outside a matrix.')),
      group: nullable(oneLine('The job id before matrix expansion; null outside a matrix.')),
      estimatedCostUsd: nullable(usd),
      priceSource: nullable(oneLine('Where the estimate\'s price came from and when (vendor API, catalog row, manifest pricing), or why it is unknown.')),
      actualCostUsd: { ...usd, description: 'What the vendor reported the job cost; absent when it did not say.' },
      actual: nullable({
        type: 'object',
        description: 'What the video file\'s header says it is (MP4/MOV, WebM); null when it could not be read, absent when there is no file.',
        properties: {
          width: nullable({ type: 'integer', minimum: 1 }),
          height: nullable({ type: 'integer', minimum: 1 }),
          seconds: nullable({ type: 'number', minimum: 0 }),
        },
        required: ['width', 'height', 'seconds'],
      }),
      differs: { type: 'array', items: { enum: ['size', 'seconds'] }, description: 'How the video is not what was asked, read from its file; absent when it is.' },
    },
    required: [
      'id', 'prompt', 'provider', 'model', 'seconds', 'size', 'status', 'rawStatus', 'videoId', 'error', 'attempts',
      'decisions', 'file', 'bytes', 'startedAt', 'finishedAt', 'durationMs', 'source',
    ],
  };
}

function variantFiguresSchema(): JsonSchema {
  return {
    type: 'object',
    properties: {
      provider: oneLine('Provider of the variant\'s first job.'),
      model: oneLine('Model of the variant\'s first job.'),
      total: count,
      completed: count,
      failed: count,
      pending: count,
      medianSeconds: nullable({ type: 'number', minimum: 0 }),
      costUsd: usd,
      usdPerSecond: nullable(usd),
      failuresByCode: { type: 'object', additionalProperties: count },
    },
    required: ['provider', 'model', 'total', 'completed', 'failed', 'pending', 'medianSeconds', 'costUsd', 'usdPerSecond', 'failuresByCode'],
  };
}

/** The report.json schema as plain data. */
export function reportSchema(): JsonSchema {
  const rate: JsonSchema = { type: 'number', minimum: 0 };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/video-batch/video-batch/schema/report.schema.json',
    title: 'video-batch report.json',
    description: 'What a video-batch run (or a merge of shard runs) wrote: the counts, and every job with its outcome.',
    type: 'object',
    properties: {
      schemaVersion: { const: REPORT_SCHEMA_VERSION },
      manifest: oneLine('The manifest as given on the command line.'),
      manifestSha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the manifest file\'s bytes.' },
      manifestJobs: { ...count, description: 'Jobs of the whole manifest, before sharding.' },
      shard: nullable({
        type: 'object',
        description: 'The shard the run covered (--shard I/N); null for every job.',
        properties: { index: { type: 'integer', minimum: 1 }, count: { type: 'integer', minimum: 1 } },
        required: ['index', 'count'],
      }),
      partial: {
        type: 'object',
        description: 'Set on a merge made without every shard (--allow-partial).',
        properties: {
          missingShards: { type: 'array', items: { type: 'integer', minimum: 1 } },
          shardCount: nullable({ type: 'integer', minimum: 1 }),
          missingJobs: nullable(count),
        },
        required: ['missingShards', 'shardCount', 'missingJobs'],
      },
      startedAt: time('When the run started.'),
      finishedAt: time('When the run ended.'),
      interrupted: { type: 'boolean', description: 'A signal stopped the run before every job ended.' },
      simulated: { type: 'boolean', description: 'The run went to the built-in simulator: nothing was billed.' },
      summary: {
        type: 'object',
        properties: {
          total: count,
          ...Object.fromEntries(JOB_OUTCOMES.map((outcome) => [outcome, count])),
          videoSeconds: { type: 'number', minimum: 0 },
          estimatedCostUsd: usd,
          unpricedJobs: count,
          actualCostUsd: { ...usd, description: 'Sum of the jobs\' actualCostUsd, where any vendor reported one.' },
          byVariant: { type: 'object', additionalProperties: variantFiguresSchema() },
        },
        required: ['total', ...JOB_OUTCOMES, 'videoSeconds', 'estimatedCostUsd', 'unpricedJobs'],
      },
      pricing: {
        type: 'object',
        description: 'The manifest\'s pricing block: USD per second by model.',
        additionalProperties: { anyOf: [rate, { type: 'object', additionalProperties: rate }] },
      },
      models: { type: 'object', description: 'The manifest\'s models block.', additionalProperties: { type: 'object' } },
      jobs: { type: 'array', items: jobSchema() },
    },
    required: ['schemaVersion', 'manifest', 'startedAt', 'finishedAt', 'interrupted', 'summary', 'jobs'],
  };
}

/** schema/report.schema.json as `npm run schema` writes it. */
export function renderReportSchema(): string {
  return `${JSON.stringify(reportSchema(), null, 2)}\n`;
}

/** Checks parsed JSON against the report schema; throws ConfigError naming `path` and the field. */
export type ReportCheck = (value: unknown, path: string) => void;

/** A compiled check of report.json; build one per command and reuse it for every file. */
export function reportCheck(): ReportCheck {
  const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(reportSchema());
  return (value, path) => checkReport(value, path, validate);
}

/** `jobs[3].provider`, from a JSON pointer; a key that is not a plain word is quoted. */
function fieldPath(pointer: string, extra?: string): string {
  const parts = pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  let path = '';
  for (const part of parts) {
    if (/^\d+$/.test(part)) path += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) path += `${path === '' ? '' : '.'}${part}`;
    else path += `[${JSON.stringify(part)}]`;
  }
  return path === '' ? 'the top level' : path;
}

/** One Ajv error as `field must ...`, on one line. */
function describeError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return `${fieldPath(error.instancePath, String(params.missingProperty))} is missing`;
  const allowed = Array.isArray(params.allowedValues) ? ` (${params.allowedValues.map(String).join(', ')})` : '';
  const message = `${error.message ?? 'is not valid'}${allowed}`.replace(/[\u0000-\u001f]+/g, ' ');
  const field = fieldPath(error.instancePath);
  // The pattern itself says nothing to a reader.
  if (error.keyword === 'pattern') return `${field} has a character or a form that a report never has`;
  return `${field} ${message}`;
}

/** @throws ConfigError naming `path` and the first field that does not fit. */
function checkReport(value: unknown, path: string, validate: ValidateFunction): void {
  if (validate(value)) return;
  const error = validate.errors?.[0];
  const what = error === undefined ? 'is not a report' : describeError(error);
  throw new ConfigError(`${path}: ${what}; give the report.json a video-batch run or merge wrote (see ${REPORT_SCHEMA_FILE})`);
}
