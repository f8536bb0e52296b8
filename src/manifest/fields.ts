/**
 * Every job field of a manifest, defined in one place: name in the file, JobSpec key, whether
 * `defaults` may hold it, a JSON Schema fragment (for the generated schema) and its parser.
 */
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PROVIDER_NAMES, type JobParams, type JobSpec, type JsonValue, type ProviderName } from '../types.js';
import { didYouMean, quote } from './hints.js';

/** Job field names as written in a manifest (snake_case), in documentation order. */
export const FIELD_NAMES = [
  'id',
  'prompt',
  'provider',
  'model',
  'seconds',
  'size',
  'audio',
  'first_frame',
  'input_reference',
  'last_frame',
  'reference_images',
  'remix_of',
  'base_url',
  'api_key_env',
  'params',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** The value each field parses to, before defaults, overrides and id/remix resolution. */
export interface FieldValues {
  id: string;
  prompt: string;
  provider: ProviderName;
  model: string;
  seconds: number;
  size: string;
  audio: boolean;
  /** As written: relative to the manifest's directory (resolved later); null cancels the one in defaults. */
  first_frame: string | null;
  /** The older name of `first_frame`, kept working. */
  input_reference: string | null;
  last_frame: string | null;
  /** Null or an empty list cancels the ones in defaults. */
  reference_images: readonly string[] | null;
  /** As written: a job id or a video id (resolved once all ids are known). */
  remix_of: string;
  base_url: string;
  api_key_env: string;
  params: JobParams;
}

export type FieldResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

/** A JSON Schema fragment, kept as plain data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

export interface FieldDefinition<T> {
  readonly name: FieldName;
  /** The JobSpec property this field fills. */
  readonly jobKey: keyof JobSpec;
  readonly description: string;
  readonly required: boolean;
  readonly allowedInDefaults: boolean;
  /** Phrase for messages: `must be <expected>`. */
  readonly expected: string;
  /** Schema of the value as written in the file. */
  readonly schema: JsonSchema;
  /** Checks a trimmed, non-empty text value and converts it. */
  readonly parse: (text: string) => FieldResult<T>;
  /** For a field that takes a mapping (`params`): checks the mapping as plain data. Absent = a mapping is refused. */
  readonly parseMapping?: (data: unknown) => FieldResult<T>;
  /** For a field that takes a list (`reference_images`): checks the list as plain data. Absent = a list is refused. */
  readonly parseList?: (data: unknown) => FieldResult<T>;
  /** Whether YAML `null` on a job cancels the value in `defaults` (the image fields). @default false */
  readonly clearable?: boolean;
}

export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp'] as const;
export const MAX_ID_LENGTH = 128;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = <T>(message: string): FieldResult<T> => ({ ok: false, message });

function parseText(text: string): FieldResult<string> {
  return CONTROL_CHARACTERS.test(text) ? fail('must not contain control characters') : ok(text);
}

// Prompts may span lines; other control characters are almost always a paste accident.
function parsePrompt(text: string): FieldResult<string> {
  const prompt = text.replace(/\r\n?/g, '\n');
  return /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(prompt) ? fail('must not contain control characters') : ok(prompt);
}

function parseId(text: string): FieldResult<string> {
  if ([...text].length > MAX_ID_LENGTH) return fail(`must be at most ${MAX_ID_LENGTH} characters`);
  if (CONTROL_CHARACTERS.test(text)) return fail(`must not contain control characters (got ${quote(text)})`);
  return ok(text);
}

function parseProvider(text: string): FieldResult<ProviderName> {
  const found = PROVIDER_NAMES.find((name) => name === text);
  if (found !== undefined) return ok(found);
  return fail(`must be one of ${PROVIDER_NAMES.join(', ')} (got ${quote(text)})${didYouMean(text, PROVIDER_NAMES)}`);
}

function parseSeconds(text: string): FieldResult<number> {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(value) && value > 0) return ok(value);
  return fail(`must be a positive whole number, e.g. 8 (got ${quote(text)})`);
}

function parseSize(text: string): FieldResult<string> {
  const match = /^([1-9]\d*)[xX]([1-9]\d*)$/.exec(text);
  if (match !== null) return ok(`${match[1]}x${match[2]}`);
  return fail(`must be WIDTHxHEIGHT in pixels, e.g. 1280x720 (got ${quote(text)})`);
}

function parseAudio(text: string): FieldResult<boolean> {
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'false') return ok(lower === 'true');
  return fail(`must be true or false (got ${quote(text)})`);
}

function parseInputReference(text: string): FieldResult<string> {
  const extension = extname(text).toLowerCase();
  if (IMAGE_EXTENSIONS.some((allowed) => allowed === extension)) return parseText(text);
  return fail(`must be an image file (${IMAGE_EXTENSIONS.join(', ')}) (got ${quote(text)})`);
}

/** The most reference images a job may list: more than any API takes (Seedance 2.0: 9). */
export const MAX_REFERENCE_IMAGES = 16;
const REFERENCES_EXPECTED = `a list of paths to image files (${IMAGE_EXTENSIONS.join(', ')}), e.g. [hero.png, street.jpg]`;

function parseReferenceList(data: unknown): FieldResult<readonly string[]> {
  if (!Array.isArray(data)) return fail(`must be ${REFERENCES_EXPECTED}`);
  if (data.length > MAX_REFERENCE_IMAGES) return fail(`must list at most ${MAX_REFERENCE_IMAGES} images (got ${data.length})`);
  const paths: string[] = [];
  for (const [index, item] of data.entries()) {
    if (typeof item !== 'string' || item.trim() === '') return fail(`item ${index + 1} must be a path to an image file (${IMAGE_EXTENSIONS.join(', ')})`);
    const result = parseInputReference(item.trim());
    if (!result.ok) return fail(`item ${index + 1} ${result.message}`);
    paths.push(result.value);
  }
  return ok(paths);
}

// As text (a CSV cell or a plain YAML value): one path, or a YAML flow list `[a.png, b.png]`.
function parseReferenceText(text: string): FieldResult<readonly string[]> {
  if (!text.startsWith('[')) return parseReferenceList([text]);
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch {
    return fail(`must be ${REFERENCES_EXPECTED} (got ${quote(text)})`);
  }
  return parseReferenceList(data);
}

const IMAGE_PATH_SCHEMA: JsonSchema = { type: 'string', pattern: '\\.([Pp][Nn][Gg]|[Jj][Pp][Ee]?[Gg]|[Ww][Ee][Bb][Pp])$' };
const imagePathOrNull: JsonSchema = { oneOf: [IMAGE_PATH_SCHEMA, { type: 'null' }] };

function parseBaseUrl(text: string): FieldResult<string> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail(`must be an http(s) URL, e.g. https://api.openai.com/v1 (got ${quote(text)})`);
  }
  // Never echo a URL that carries credentials: it would put them in logs and reports.
  if (url.username !== '' || url.password !== '') {
    return fail('must not contain a user name or password; put the key in an environment variable named by api_key_env');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail(`must be an http(s) URL, e.g. https://api.openai.com/v1 (got ${quote(text)})`);
  }
  return ok(text);
}

/** True when a value looks like an API key rather than the name of a variable holding one. */
export function looksLikeKey(text: string): boolean {
  if (/^(sk|rk|pk)[-_]/.test(text) || /^(AIza|ghp_|gho_|github_pat_|xai-|Bearer\s)/.test(text)) return true;
  if (text.length > 64) return true;
  // Long mixed-case alphanumerics without underscores are random tokens, not UPPER_SNAKE names.
  return text.length >= 32 && /[a-z]/.test(text) && /[A-Z]/.test(text) && /\d/.test(text) && !text.includes('_');
}

// The value is never echoed: a mistaken key would otherwise end up in logs and reports.
function parseApiKeyEnv(text: string): FieldResult<string> {
  if (looksLikeKey(text)) {
    return fail(
      'looks like an API key, not a variable name; never put the key in the manifest: store it in an ' +
        'environment variable (or CI secret) and write the variable\'s name here, e.g. OPENAI_API_KEY ' +
        '(rotate the key if this file was shared)',
    );
  }
  if (ENV_NAME.test(text)) return ok(text);
  return fail('must be the name of an environment variable (letters, digits and _, not starting with a digit), e.g. OPENAI_API_KEY');
}

const PARAMS_EXPECTED = 'a mapping of request fields, e.g. {seed: 42} or {"seed": 42}';

/** The first key (as a path) whose value JSON cannot carry, if any. */
function nonJsonAt(value: unknown, path: string): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const bad = nonJsonAt(item, `${path}[${index}]`);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return path;
  for (const [key, item] of Object.entries(value)) {
    const bad = key === '__proto__' ? `${path}.${key}` : nonJsonAt(item, `${path}.${key}`);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

// A mapping of JSON values; its keys are checked against the provider's own fields later (checkJob).
function parseParamsData(data: unknown): FieldResult<JobParams> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail(`must be ${PARAMS_EXPECTED}`);
  const bad = nonJsonAt(data, '');
  if (bad !== undefined) {
    return fail(`must hold only JSON values (text, numbers, true/false, null, lists, mappings); ${quote(bad.replace(/^\./, ''))} is not one`);
  }
  return ok(data as Readonly<Record<string, JsonValue>>);
}

// As text (a CSV cell, or a quoted YAML value): a JSON object or a YAML flow mapping.
function parseParamsText(text: string): FieldResult<JobParams> {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch {
    return fail(`must be ${PARAMS_EXPECTED} (got ${quote(text)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail(`must be ${PARAMS_EXPECTED} (got ${quote(text)})`);
  return parseParamsData(data);
}

const nonEmptyString: JsonSchema = { type: 'string', minLength: 1 };

/** Every field's definition, keyed by its name in the file. */
export const FIELDS: { readonly [K in FieldName]: FieldDefinition<FieldValues[K]> } = {
  id: {
    name: 'id', jobKey: 'id', required: false, allowedInDefaults: false,
    description: 'Unique job id; derived from the prompt and parameters when absent.',
    expected: `text of at most ${MAX_ID_LENGTH} characters`,
    schema: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH },
    parse: parseId,
  },
  prompt: {
    name: 'prompt', jobKey: 'prompt', required: true, allowedInDefaults: false,
    description: 'What the video should show.',
    expected: 'text',
    schema: { type: 'string', minLength: 1, pattern: '\\S' },
    parse: parsePrompt,
  },
  provider: {
    name: 'provider', jobKey: 'provider', required: false, allowedInDefaults: true,
    description: 'Which API runs the job.',
    expected: `one of ${PROVIDER_NAMES.join(', ')}`,
    schema: { type: 'string', enum: [...PROVIDER_NAMES] },
    parse: parseProvider,
  },
  model: {
    name: 'model', jobKey: 'model', required: false, allowedInDefaults: true,
    description: 'Model name, e.g. sora-2.',
    expected: 'text',
    schema: nonEmptyString,
    parse: parseText,
  },
  seconds: {
    name: 'seconds', jobKey: 'seconds', required: false, allowedInDefaults: true,
    description: 'Duration in seconds; the provider default when absent.',
    expected: 'a positive whole number',
    schema: { oneOf: [{ type: 'integer', minimum: 1 }, { type: 'string', pattern: '^[0-9]*[1-9][0-9]*$' }] },
    parse: parseSeconds,
  },
  size: {
    name: 'size', jobKey: 'size', required: false, allowedInDefaults: true,
    description: 'WIDTHxHEIGHT in pixels, e.g. 1280x720; the provider default when absent.',
    expected: 'WIDTHxHEIGHT in pixels, e.g. 1280x720',
    schema: { type: 'string', pattern: '^[1-9][0-9]*[xX][1-9][0-9]*$' },
    parse: parseSize,
  },
  audio: {
    name: 'audio', jobKey: 'audio', required: false, allowedInDefaults: true,
    description:
      "Whether the video gets sound (the model's own switch: generate_audio, generateAudio...); the model's default when absent. " +
      'Refused for a model without such a switch; it can change the price.',
    expected: 'true or false',
    schema: { type: 'boolean' },
    parse: parseAudio,
  },
  first_frame: {
    name: 'first_frame', jobKey: 'inputReference', required: false, allowedInDefaults: true, clearable: true,
    description: "Image the video starts from, relative to the manifest's directory; null on a job cancels the one in defaults.",
    expected: `a path to an image file (${IMAGE_EXTENSIONS.join(', ')})`,
    schema: imagePathOrNull,
    parse: parseInputReference,
  },
  input_reference: {
    name: 'input_reference', jobKey: 'inputReference', required: false, allowedInDefaults: true, clearable: true,
    description: 'The older name of first_frame (same meaning); null on a job cancels the one in defaults.',
    expected: `a path to an image file (${IMAGE_EXTENSIONS.join(', ')})`,
    schema: imagePathOrNull,
    parse: parseInputReference,
  },
  last_frame: {
    name: 'last_frame', jobKey: 'lastFrame', required: false, allowedInDefaults: true, clearable: true,
    description: "Image the video ends on, relative to the manifest's directory (models that take one: Veo 3.1, Seedance, Kling...); null on a job cancels the one in defaults.",
    expected: `a path to an image file (${IMAGE_EXTENSIONS.join(', ')})`,
    schema: imagePathOrNull,
    parse: parseInputReference,
  },
  reference_images: {
    name: 'reference_images', jobKey: 'referenceImages', required: false, allowedInDefaults: true, clearable: true,
    description:
      "Images of subjects or style the video should keep (Veo 3.1: up to 3; Seedance 2.0: up to 9), relative to the manifest's directory; " +
      'null or [] on a job cancels the ones in defaults. In CSV: one path, or a YAML flow list [a.png, b.png] in the cell.',
    expected: REFERENCES_EXPECTED,
    schema: { oneOf: [{ type: 'array', items: IMAGE_PATH_SCHEMA, maxItems: MAX_REFERENCE_IMAGES }, IMAGE_PATH_SCHEMA, { type: 'null' }] },
    parse: parseReferenceText,
    parseList: parseReferenceList,
  },
  remix_of: {
    name: 'remix_of', jobKey: 'remixOf', required: false, allowedInDefaults: false,
    description: 'Id of another job of this manifest, or else a video id on the server, to remix.',
    expected: 'a job id or a video id',
    schema: nonEmptyString,
    parse: parseText,
  },
  base_url: {
    name: 'base_url', jobKey: 'baseUrl', required: false, allowedInDefaults: true,
    description: 'API base URL for this job (overrides the environment).',
    expected: 'an http(s) URL',
    schema: { type: 'string', format: 'uri', pattern: '^https?://' },
    parse: parseBaseUrl,
  },
  api_key_env: {
    name: 'api_key_env', jobKey: 'apiKeyEnv', required: false, allowedInDefaults: true,
    description: 'NAME of the environment variable holding this job\'s API key (never the key itself).',
    expected: 'the name of an environment variable',
    schema: { type: 'string', pattern: ENV_NAME.source, maxLength: 64 },
    parse: parseApiKeyEnv,
  },
  params: {
    name: 'params', jobKey: 'params', required: false, allowedInDefaults: true,
    description:
      "Request fields video-batch does not name (seed, negative_prompt, generate_audio, a gateway's tier...), sent as-is after its own mapping " +
      "(docs/providers.md says where each provider puts them). A job's keys replace the same keys in defaults. Fields video-batch sets itself " +
      "(prompt, model, and what seconds, size and input_reference map to) are refused. In CSV: a JSON object or YAML flow mapping in the cell.",
    expected: PARAMS_EXPECTED,
    schema: { type: 'object' },
    parse: parseParamsText,
    parseMapping: parseParamsData,
  },
};

export function isFieldName(name: string): name is FieldName {
  return (FIELD_NAMES as readonly string[]).includes(name);
}

/** The manifest field name for a name given either as written (`api_key_env`) or as a JobSpec key. */
export function fieldNameOf(name: string): string {
  if (isFieldName(name)) return name;
  return FIELD_NAMES.find((field) => FIELDS[field].jobKey === name) ?? name;
}

/** Message for a field name the reader does not know, with a hint when a known one is close. */
export function unknownFieldMessage(name: string, what: 'field' | 'column' = 'field'): string {
  const hint = didYouMean(name, FIELD_NAMES);
  return `unknown ${what} ${quote(name)}${hint === '' ? `; known ${what}s: ${FIELD_NAMES.join(', ')}` : hint}`;
}
