/**
 * The input schemas the simulator's (and the tests') Replicate serves, in the shape Replicate
 * publishes a version's `openapi_schema`: `components.schemas.Input` with each enum field as
 * `allOf: [{$ref: "#/components/schemas/<field>"}]` beside a sibling enum schema (Cog's output).
 * Transcribed, never derived from this folder's mapping; read 2026-12-07:
 * - google/veo-3.1: the fields, types and defaults of Replicate's API page
 *   https://replicate.com/google/veo-3.1/versions/ed5b1767b711dd15d954b162af1e890d27882680f463a85e94f02d604012b972/api
 *   (aspect_ratio, duration and resolution are enums there); the enum values (4/6/8 s; 16:9, 9:16;
 *   720p, 1080p) from copies of the schema (https://api.core.today/v1/models/google/veo-3.1/llms.txt,
 *   and a project's "Verified schema (2026-04): https://replicate.com/google/veo-3.1").
 * - google/veo-3.1-fast: as veo-3.1 without reference_images (the same project's copy; the
 *   core.today copy says 5 or 8 s and 720p by default, which disagrees: unconfirmed).
 * - kwaivgi/kling-v2.5-turbo-pro: https://api.core.today/v1/models/kwaivgi/kling-v2.5-turbo-pro/llms.txt
 *   (duration 5 or 10, aspect_ratio 16:9/9:16/1:1, start_image, image deprecated, no resolution).
 * - bytedance/seedance-1-pro: https://docs.skills.video/api-reference/seedance-1-pro (duration 2 to
 *   12, resolution 480p/720p/1080p, seven ratios, fps 24, camera_fixed, seed).
 */

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** One input field: a plain JSON Schema property, or an enum (written as Cog writes it). */
type Field = { readonly plain: Readonly<Record<string, Json>> } | { readonly enum: readonly (string | number)[]; readonly type: 'string' | 'integer'; readonly default?: Json; readonly description: string };

/** A version's `openapi_schema` holding `fields` as its Input (the other paths of the document left out). */
function openapiSchema(fields: Readonly<Record<string, Field>>, required: readonly string[]): Json {
  const properties: Record<string, Json> = {};
  const enums: Record<string, Json> = {};
  Object.entries(fields).forEach(([name, field], order) => {
    if ('plain' in field) {
      properties[name] = { ...field.plain, title: name, 'x-order': order };
      return;
    }
    enums[name] = { enum: [...field.enum], type: field.type, title: name, description: 'An enumeration.' };
    properties[name] = { allOf: [{ $ref: `#/components/schemas/${name}` }], ...(field.default === undefined ? {} : { default: field.default }), description: field.description, 'x-order': order };
  });
  return {
    openapi: '3.0.2',
    info: { title: 'Cog', version: '0.1.0' },
    paths: {},
    components: { schemas: { Input: { type: 'object', title: 'Input', required: [...required], properties }, Output: { type: 'string', title: 'Output', format: 'uri' }, ...enums } },
  };
}

const uri = (description: string): Field => ({ plain: { type: 'string', format: 'uri', description } });

const VEO_31: Readonly<Record<string, Field>> = {
  prompt: { plain: { type: 'string', description: 'Text prompt for video generation' } },
  aspect_ratio: { enum: ['16:9', '9:16'], type: 'string', default: '16:9', description: 'Video aspect ratio' },
  duration: { enum: [4, 6, 8], type: 'integer', default: 8, description: 'Video duration in seconds' },
  image: uri('Input image to start generating from. Ideal images are 16:9 or 9:16 and 1280x720 or 720x1280, depending on the aspect ratio you choose.'),
  last_frame: uri('Ending image for interpolation. When provided with an input image, creates a transition between the two images.'),
  reference_images: { plain: { type: 'array', items: { type: 'string', format: 'uri' }, default: [], description: '1 to 3 reference images for subject-consistent generation (reference-to-video, or R2V).' } },
  negative_prompt: { plain: { type: 'string', description: 'Description of what to exclude from the generated video' } },
  resolution: { enum: ['720p', '1080p'], type: 'string', default: '1080p', description: 'Resolution of the generated video' },
  generate_audio: { plain: { type: 'boolean', default: true, description: 'Generate audio with the video' } },
  seed: { plain: { type: 'integer', description: 'Random seed. Omit for random generations' } },
};

const { reference_images: _references, ...VEO_31_FAST } = VEO_31;

const KLING_25_TURBO_PRO: Readonly<Record<string, Field>> = {
  prompt: { plain: { type: 'string', description: 'Text prompt for video generation' } },
  negative_prompt: { plain: { type: 'string', default: '', description: 'Things you do not want to see in the video' } },
  start_image: uri('First frame of the video (optional)'),
  image: uri('Deprecated: Use start_image instead.'),
  aspect_ratio: { enum: ['16:9', '9:16', '1:1'], type: 'string', default: '16:9', description: 'Aspect ratio of the video. Ignored if start_image is provided.' },
  duration: { enum: [5, 10], type: 'integer', default: 5, description: 'Duration of the video in seconds' },
};

const SEEDANCE_1_PRO: Readonly<Record<string, Field>> = {
  prompt: { plain: { type: 'string', description: 'Text prompt for video generation' } },
  image: uri('Input image for image-to-video generation'),
  duration: { plain: { type: 'integer', minimum: 2, maximum: 12, default: 5, description: 'Video duration in seconds' } },
  resolution: { enum: ['480p', '720p', '1080p'], type: 'string', default: '1080p', description: 'Video resolution' },
  aspect_ratio: { enum: ['16:9', '4:3', '1:1', '3:4', '9:16', '21:9', '9:21'], type: 'string', default: '16:9', description: 'Video aspect ratio. Ignored if an image is used.' },
  fps: { enum: [24], type: 'integer', default: 24, description: 'Frame rate (frames per second)' },
  camera_fixed: { plain: { type: 'boolean', default: false, description: 'Whether to fix camera position' } },
  seed: { plain: { type: 'integer', description: 'Random seed. Set for reproducible generation' } },
};

/** Each model's `openapi_schema` (its latest version's), by `owner/name`. */
export const SIMULATED_REPLICATE_SCHEMAS: Readonly<Record<string, Json>> = {
  'google/veo-3.1': openapiSchema(VEO_31, ['prompt']),
  'google/veo-3.1-fast': openapiSchema(VEO_31_FAST, ['prompt']),
  'kwaivgi/kling-v2.5-turbo-pro': openapiSchema(KLING_25_TURBO_PRO, ['prompt']),
  'bytedance/seedance-1-pro': openapiSchema(SEEDANCE_1_PRO, ['prompt']),
};
