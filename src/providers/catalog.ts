import type { FieldProblem } from '../manifest/types.js';
import type { JobSpec, ProviderName } from '../types.js';

/** What we know of one model. Unknown models pass through to the server unchecked. */
export interface ModelInfo {
  readonly provider: ProviderName;
  /** Durations the model accepts, in seconds; absent = not checked. */
  readonly seconds?: readonly number[];
  /** `WIDTHxHEIGHT` sizes the model accepts; absent = not checked. */
  readonly sizes?: readonly string[];
  /** Announced retirement, so a run can warn and name what to move to. */
  readonly retirement?: { readonly date: string; readonly replacements: readonly string[] };
}

/** What a provider's API can do at all, whatever the model. */
export interface ProviderTraits {
  readonly defaultModel: string;
  readonly remix: boolean;
  readonly imageInput: boolean;
}

export const PROVIDER_TRAITS: Readonly<Record<ProviderName, ProviderTraits>> = {
  openai: { defaultModel: 'sora-2', remix: true, imageInput: true },
  'openai-generations': { defaultModel: 'sora-2', remix: false, imageInput: false },
  veo: { defaultModel: 'veo-3.1-fast-generate-preview', remix: false, imageInput: true },
  seedance: { defaultModel: 'seedance-1-0-pro-250528', remix: false, imageInput: true },
};

const SORA_RETIREMENT = {
  date: '2026-09-24',
  replacements: ['veo-3.1-fast-generate-preview (provider: veo)', 'seedance-1-0-pro-250528 (provider: seedance)'],
} as const;

/**
 * Per-model limits, from each provider's public API reference (see docs/providers.md).
 * Add a row to support a model's checks; a model missing here is sent as it is.
 */
export const MODELS: Readonly<Record<string, ModelInfo>> = {
  'sora-2': { provider: 'openai', seconds: [4, 8, 12], sizes: ['720x1280', '1280x720'], retirement: SORA_RETIREMENT },
  'sora-2-pro': {
    provider: 'openai',
    seconds: [4, 8, 12],
    sizes: ['720x1280', '1280x720', '1024x1792', '1792x1024'],
    retirement: SORA_RETIREMENT,
  },
};

/** The model row for a job, when the model is known and served by that job's provider. */
export function modelInfo(provider: ProviderName, model: string): ModelInfo | undefined {
  const info = MODELS[model];
  return info && info.provider === provider ? info : undefined;
}

/** Provider- and model-specific problems with a job, found before anything is sent. */
export function checkJob(job: JobSpec): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const traits = PROVIDER_TRAITS[job.provider];
  if (job.remixOf && !traits.remix) {
    problems.push({ field: 'remix_of', message: `provider "${job.provider}" cannot remix; use provider "openai" or drop remix_of` });
  }
  if (job.inputReference && !traits.imageInput) {
    problems.push({ field: 'input_reference', message: `provider "${job.provider}" takes no input image` });
  }
  if (job.remixOf && job.inputReference) {
    problems.push({ field: 'input_reference', message: 'a remix starts from its source video; drop input_reference or remix_of' });
  }
  const info = modelInfo(job.provider, job.model);
  if (info?.seconds && job.seconds !== undefined && !info.seconds.includes(job.seconds)) {
    problems.push({ field: 'seconds', message: `${job.model} accepts ${info.seconds.join(', ')} (got ${job.seconds})` });
  }
  if (info?.sizes && job.size !== undefined && !info.sizes.includes(job.size)) {
    problems.push({ field: 'size', message: `${job.model} accepts ${info.sizes.join(', ')} (got ${job.size})` });
  }
  return problems;
}
