/**
 * The model catalog (src/models.json; its data and lifecycle lookups are in catalog-data.ts) as
 * typed lookups: limits for the checks made before anything is sent, list prices for the
 * estimate, and lifecycle (status, shutdown, replacement) for the retirement rules. A manifest's
 * `models:` block extends or overrides any row; unknown models pass through unchecked.
 */
import type { FieldProblem } from '../manifest/types.js';
import type { JobSpec, ModelOverride, ModelOverrides, ProviderName } from '../types.js';
import { catalogRow, defined, overrideFor, type CatalogRow } from './catalog-data.js';
import { replicateJobProblems } from './replicate/input.js';
import { SEEDANCE_SIZES } from './seedance.js';
import { VEO_SIZES } from './veo.js';

export * from './catalog-data.js';

/** What we know of one model as one provider serves it. Unknown models pass through unchecked. */
export interface ModelInfo {
  readonly provider: ProviderName;
  readonly model: string;
  /** Durations the model accepts, in seconds; absent = not checked. */
  readonly seconds?: readonly number[];
  /** `WIDTHxHEIGHT` sizes the model accepts; absent = not checked. */
  readonly sizes?: readonly string[];
  /** Sizes the model renders only at some durations, e.g. Veo's 1080p and 4k only at 8 s. */
  readonly secondsBySize?: Readonly<Record<string, readonly number[]>>;
  /** False when the model takes no input image even though its provider's API can. */
  readonly imageInput?: boolean;
  /** True when the model works only from an input image (an image-to-video model). */
  readonly requiresImage?: boolean;
  /** False when the model cannot remix even though its provider's API can. */
  readonly remix?: boolean;
}

/** What a provider's API can do at all, whatever the model. */
export interface ProviderTraits {
  /** Every default has a catalog row (a test checks), so the simulator and checks know it. */
  readonly defaultModel: string;
  readonly remix: boolean;
  readonly imageInput: boolean;
  /** Every `size` the API can express; absent = any `WIDTHxHEIGHT` is passed through; empty = no size at all. */
  readonly sizes?: readonly string[];
}

/**
 * Defaults are live models (docs/providers.md says why each): OpenAI has no video model since
 * 2026-09-24, so the openai shapes default to a Seedance id that OpenAI-shape gateways resell; the
 * Gemini API's Veo previews are reported gone, so `veo` defaults to Vertex AI's GA id, which a
 * gateway in the Gemini shape forwards (Google's own Gemini API answers 404 for it).
 */
export const PROVIDER_TRAITS: Readonly<Record<ProviderName, ProviderTraits>> = {
  openai: { defaultModel: 'seedance-1-0-pro-250528', remix: true, imageInput: true },
  // The older gateway shape sends only {model, prompt, duration}.
  'openai-generations': { defaultModel: 'seedance-1-0-pro-250528', remix: false, imageInput: false, sizes: [] },
  veo: { defaultModel: 'veo-3.1-fast-generate-001', remix: false, imageInput: true, sizes: Object.keys(VEO_SIZES) },
  seedance: { defaultModel: 'seedance-1-0-pro-250528', remix: false, imageInput: true, sizes: Object.keys(SEEDANCE_SIZES) },
  // temporary wiring until the list of provider modules: replicateModule.traits
  replicate: { defaultModel: 'google/veo-3.1-fast', remix: false, imageInput: true },
};

/** The model row for a job: the catalog's, with the manifest's `models:` entry laid over it. */
export function modelInfo(provider: ProviderName, model: string, models?: ModelOverrides): ModelInfo | undefined {
  const row = catalogRow(provider, model);
  const own = overrideFor(provider, model, models);
  if (!row && !own) return undefined;
  const pick = <K extends keyof ModelOverride & keyof CatalogRow>(key: K): CatalogRow[K] | ModelOverride[K] => (own?.[key] !== undefined ? own[key] : row?.[key]);
  return {
    provider,
    model,
    ...defined('seconds', pick('seconds')),
    ...defined('sizes', pick('sizes')),
    ...defined('secondsBySize', row?.seconds_by_size),
    ...defined('imageInput', pick('image_input')),
    ...defined('requiresImage', pick('requires_image')),
    ...defined('remix', pick('remix')),
  };
}

/** Provider- and model-specific problems with a job, found before anything is sent. */
export function checkJob(job: JobSpec, models?: ModelOverrides): FieldProblem[] {
  // temporary wiring until the list of provider modules: replicateModule.checkJob
  const problems: FieldProblem[] = job.provider === 'replicate' ? replicateJobProblems(job) : [];
  const traits = PROVIDER_TRAITS[job.provider];
  const info = modelInfo(job.provider, job.model, models);
  if (job.remixOf && !traits.remix) {
    problems.push({ field: 'remix_of', message: `provider "${job.provider}" cannot remix; use provider "openai" or drop remix_of` });
  } else if (job.remixOf && info?.remix === false) {
    problems.push({ field: 'remix_of', message: `${job.model} cannot remix; drop remix_of or use a model that can` });
  }
  if (job.inputReference && !traits.imageInput) {
    problems.push({ field: 'input_reference', message: `provider "${job.provider}" takes no input image` });
  }
  if (job.remixOf && job.inputReference) {
    problems.push({ field: 'input_reference', message: 'a remix starts from its source video; drop input_reference or remix_of' });
  }
  if (job.inputReference && traits.imageInput && info?.imageInput === false) {
    problems.push({ field: 'input_reference', message: `${job.model} makes video from text only; drop input_reference or use an image-to-video model` });
  }
  if (!job.inputReference && !job.remixOf && info?.requiresImage) {
    problems.push({ field: 'input_reference', message: `${job.model} makes video from an image only; add input_reference or use a text-to-video model` });
  }
  if (info?.seconds && job.seconds !== undefined && !info.seconds.includes(job.seconds)) {
    problems.push({ field: 'seconds', message: `${job.model} accepts ${listValues(info.seconds)} (got ${job.seconds})` });
  }
  if (job.size !== undefined && traits.sizes?.length === 0) {
    problems.push({ field: 'size', message: `provider "${job.provider}" takes no size (its API sends only model, prompt and duration); drop size` });
  } else if (job.size !== undefined && traits.sizes && !traits.sizes.includes(job.size)) {
    problems.push({ field: 'size', message: `provider "${job.provider}" can make ${traits.sizes.join(', ')} (got ${job.size})` });
  } else if (info?.sizes && job.size !== undefined && !info.sizes.includes(job.size)) {
    problems.push({ field: 'size', message: `${job.model} accepts ${info.sizes.join(', ')} (got ${job.size})` });
  } else if (job.size !== undefined && job.seconds !== undefined) {
    const allowed = info?.secondsBySize?.[job.size];
    if (allowed && !allowed.includes(job.seconds)) {
      problems.push({ field: 'seconds', message: `${job.model} makes ${job.size} only at ${listValues(allowed)} seconds (got ${job.seconds})` });
    }
  }
  return problems;
}

/** `2, 3, 4` for short lists, `2 to 12` for a run of whole numbers. */
export function listValues(values: readonly number[]): string {
  const first = values[0];
  const last = values.at(-1);
  const isRun = values.length > 3 && first !== undefined && last !== undefined && last - first === values.length - 1;
  return isRun ? `${first} to ${last}` : values.join(', ');
}
