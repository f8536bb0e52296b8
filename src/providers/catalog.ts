/**
 * The checks a job gets before anything is sent: its provider's traits (from the list of
 * providers) and its model's catalog row (src/models.json, see catalog-data.ts, with a manifest's
 * `models:` block laid over it). Unknown models pass through unchecked.
 */
import type { FieldProblem } from '../manifest/types.js';
import type { JobSpec, ModelOverrides, ProviderName } from '../types.js';
import { modelInfo } from './catalog-data.js';
import { PROVIDER_MODULES, providerModule } from './list.js';
import type { ProviderTraits } from './module.js';
import { paramsProblems } from './params.js';
import { FIRST_ONLY, imageSlotProblems, NO_IMAGES, type ImageSlots } from './job-images.js';

export * from './catalog-data.js';
export type { ProviderTraits } from './module.js';

/** Each provider's traits, from its module (defaults are live models: each PROVIDER.md says why). */
export const PROVIDER_TRAITS: Readonly<Record<ProviderName, ProviderTraits>> = Object.fromEntries(
  PROVIDER_MODULES.map((module) => [module.name, module.traits]),
) as Record<ProviderName, ProviderTraits>;

/**
 * Provider- and model-specific problems with a job, found before anything is sent.
 * `catalogLimits: false` leaves out the catalog's durations and sizes: for a job whose model
 * discovery will describe, the vendor's schema judges them (src/providers/discovery/step.ts).
 */
export function checkJob(job: JobSpec, models?: ModelOverrides, options: { readonly catalogLimits?: boolean } = {}): FieldProblem[] {
  const problems: FieldProblem[] = [];
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
  if (job.audio !== undefined && !traits.audio) {
    problems.push({ field: 'audio', message: `provider "${job.provider}" has no audio switch to send it to; drop audio` });
  }
  if (job.remixOf && job.inputReference) {
    problems.push({ field: 'input_reference', message: 'a remix starts from its source video; drop input_reference or remix_of' });
  }
  if (job.remixOf && (job.lastFrame !== undefined || job.referenceImages !== undefined)) {
    problems.push({ field: job.lastFrame !== undefined ? 'last_frame' : 'reference_images', message: 'a remix starts from its source video; drop the images or remix_of' });
  }
  if (job.inputReference && traits.imageInput && info?.imageInput === false) {
    problems.push({ field: 'input_reference', message: `${job.model} makes video from text only; drop input_reference or use an image-to-video model` });
  }
  if (!job.inputReference && !job.remixOf && info?.requiresImage) {
    problems.push({ field: 'input_reference', message: `${job.model} makes video from an image only; add input_reference or use a text-to-video model` });
  }
  if (options.catalogLimits ?? true) problems.push(...catalogLimitProblems(job, models));
  const module = providerModule(job.provider);
  if (job.params !== undefined) {
    if (job.remixOf) problems.push({ field: 'params', message: 'a remix sends only its prompt; drop params or remix_of' });
    else for (const message of paramsProblems(job.params, module.params, job.provider)) problems.push({ field: 'params', message });
  }
  // What the module itself refuses (a model id of the wrong form, say): asked once.
  problems.push(...(module.checkJob?.(job) ?? []));
  return problems;
}

/** What `model` takes as input images by its module's account, or a first frame where the provider takes one. Pure. */
export function catalogImageSlots(provider: ProviderName, model: string, imageInput?: boolean): ImageSlots {
  const own = providerModule(provider).imageSlots?.(model);
  if (own !== undefined) return own;
  return PROVIDER_TRAITS[provider].imageInput && imageInput !== false ? FIRST_ONLY : NO_IMAGES;
}

/** The catalog row's durations and sizes (with the provider's sizes), and the input images the model takes, as problems with `job`. Pure. */
export function catalogLimitProblems(job: JobSpec, models?: ModelOverrides): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const traits = PROVIDER_TRAITS[job.provider];
  const info = modelInfo(job.provider, job.model, models);
  problems.push(...imageSlotProblems(job, catalogImageSlots(job.provider, job.model, info?.imageInput), job.model));
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
