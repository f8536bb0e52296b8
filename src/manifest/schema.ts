/**
 * The JSON Schema of a YAML manifest, generated from FIELDS (the definitions the reader validates
 * with), so editors check what the reader checks. `npm run schema` writes it to
 * schema/manifest.schema.json; a test fails when the committed file differs.
 *
 * Where the reader is more forgiving, the schema is stricter on purpose: an empty value (`size:`)
 * is "absent" to the reader but flagged by the editor, since it is almost always a slip. What only
 * the whole file can tell (unique ids, remix cycles, images on disk, models a provider serves) is
 * left to `video-batch run --dry-run`.
 */
import { MODEL_STATUSES, PROVIDER_NAMES } from '../types.js';
import { FIELDS, FIELD_NAMES, type JsonSchema } from './fields.js';
import { VARIANT_NAME } from './matrix.js';

/** Where editors find the schema: the path from examples/, as in their first line. */
export const SCHEMA_FILE = 'schema/manifest.schema.json';

/** A `pricing` size key, as the YAML reader accepts it. */
const PRICE_SIZE_KEY = '^([0-9]+x[0-9]+|default)$';

/** The manifest schema as plain data (draft-07, which every YAML editor plugin supports). */
export function manifestSchema(): JsonSchema {
  const property = (name: (typeof FIELD_NAMES)[number]): JsonSchema => ({ description: FIELDS[name].description, ...FIELDS[name].schema });
  const job: JsonSchema = {
    type: 'object',
    description: 'One video to generate.',
    properties: {
      ...Object.fromEntries(FIELD_NAMES.map((name) => [name, property(name)])),
      matrix: { type: 'boolean', description: 'false: run this job once, as written, outside the manifest\'s matrix.' },
    },
    required: FIELD_NAMES.filter((name) => FIELDS[name].required),
    additionalProperties: false,
  };
  const defaults: JsonSchema = {
    type: 'object',
    description: 'Values for every job that does not set the field itself (job field > --provider/--model on the command line > defaults > built-ins).',
    properties: Object.fromEntries(FIELD_NAMES.filter((name) => FIELDS[name].allowedInDefaults).map((name) => [name, property(name)])),
    additionalProperties: false,
  };
  const rate: JsonSchema = { type: 'number', minimum: 0, description: 'USD per second of video.' };
  const pricing: JsonSchema = {
    type: 'object',
    description: 'Prices for the cost estimate, by model: USD per second, or per WIDTHxHEIGHT size with "default" for the others.',
    additionalProperties: {
      oneOf: [rate, { type: 'object', propertyNames: { pattern: PRICE_SIZE_KEY }, additionalProperties: rate }],
    },
  };
  const sizeList: JsonSchema = { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[1-9][0-9]*x[1-9][0-9]*$' } };
  const model: JsonSchema = {
    type: 'object',
    description: 'Catalog fields for one model (as in src/models.json); set ones replace the catalog\'s, e.g. {status: ga} for a model a gateway still serves after its vendor retired it.',
    properties: {
      provider: { type: 'string', enum: [...PROVIDER_NAMES], description: 'Only for jobs of this provider.' },
      status: { type: 'string', enum: [...MODEL_STATUSES] },
      shutdown: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
      replacement: {
        oneOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { oneOf: [{ type: 'string', minLength: 1 }, { type: 'object', properties: { provider: { type: 'string' }, model: { type: 'string', minLength: 1 } }, required: ['model'], additionalProperties: false }] } },
        ],
      },
      seconds: { type: 'array', minItems: 1, items: { type: 'integer', minimum: 1 } },
      sizes: sizeList,
      image_input: { type: 'boolean' },
      requires_image: { type: 'boolean' },
      remix: { type: 'boolean' },
      usd_per_second: { oneOf: [rate, { type: 'object', propertyNames: { pattern: PRICE_SIZE_KEY }, additionalProperties: rate }] },
      default_seconds: { type: 'integer', minimum: 1 },
      note: { type: 'string' },
    },
    additionalProperties: false,
  };
  const varying = FIELD_NAMES.filter((name) => FIELDS[name].allowedInDefaults);
  const variant: JsonSchema = {
    type: 'object',
    description: 'The job fields this variant sets (a field set on a job wins).',
    properties: Object.fromEntries(varying.map((name) => [name, property(name)])),
    additionalProperties: false,
    minProperties: 1,
  };
  const matrix: JsonSchema = {
    type: 'object',
    description:
      'Runs every job once per variant, as <job id>@<variant>: lists of values for job fields (their cross product, named by the values that vary) and/or named variants; both together cross each named variant with every combination. A job with "matrix: false" runs once, as written.',
    properties: {
      ...Object.fromEntries(varying.map((name) => [name, { type: 'array', minItems: 1, items: property(name), description: `Values of ${name}, one variant each.` }])),
      variants: { type: 'object', description: 'Variants by name.', propertyNames: { pattern: VARIANT_NAME.source }, additionalProperties: { $ref: '#/definitions/variant' }, minProperties: 1 },
    },
    additionalProperties: false,
    minProperties: 1,
  };
  const models: JsonSchema = { type: 'object', description: 'Extends or overrides the model catalog (video-batch models lists it), by model id.', additionalProperties: model };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'video-batch manifest',
    description: 'A list of jobs ("- prompt: ..."), or a mapping with "defaults", "jobs" and optional "pricing", "models" and "matrix".',
    // `items` applies to the list form and `properties` to the mapping form: one schema, two shapes.
    type: ['array', 'object'],
    minItems: 1,
    items: { $ref: '#/definitions/job' },
    properties: {
      defaults: { $ref: '#/definitions/defaults' },
      jobs: { type: 'array', minItems: 1, items: { $ref: '#/definitions/job' }, description: 'The jobs, one video each.' },
      pricing: { $ref: '#/definitions/pricing' },
      models: { $ref: '#/definitions/models' },
      matrix: { $ref: '#/definitions/matrix' },
    },
    required: ['jobs'],
    additionalProperties: false,
    definitions: { job, defaults, pricing, models, matrix, variant },
  };
}

/** The schema file's text: stable key order, two-space indent, final newline. */
export function renderSchema(): string {
  return `${JSON.stringify(manifestSchema(), null, 2)}\n`;
}
