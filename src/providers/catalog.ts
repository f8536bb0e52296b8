import type { FieldProblem } from '../manifest/types.js';
import type { JobSpec, ProviderName } from '../types.js';
import { SEEDANCE_SIZES } from './seedance.js';
import { VEO_SIZES } from './veo.js';

/** What we know of one model. Unknown models pass through to the server unchecked. */
export interface ModelInfo {
  readonly provider: ProviderName;
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
  /** Announced retirement, so a run can warn and name what to move to. */
  readonly retirement?: { readonly date: string; readonly replacements: readonly string[] };
}

/** What a provider's API can do at all, whatever the model. */
export interface ProviderTraits {
  readonly defaultModel: string;
  readonly remix: boolean;
  readonly imageInput: boolean;
  /** Every `size` the API can express; absent = any `WIDTHxHEIGHT` is passed through; empty = no size at all. */
  readonly sizes?: readonly string[];
}

export const PROVIDER_TRAITS: Readonly<Record<ProviderName, ProviderTraits>> = {
  openai: { defaultModel: 'sora-2', remix: true, imageInput: true },
  // The older gateway shape sends only {model, prompt, duration}.
  'openai-generations': { defaultModel: 'sora-2', remix: false, imageInput: false, sizes: [] },
  veo: { defaultModel: 'veo-3.1-fast-generate-preview', remix: false, imageInput: true, sizes: Object.keys(VEO_SIZES) },
  seedance: { defaultModel: 'seedance-1-0-pro-250528', remix: false, imageInput: true, sizes: Object.keys(SEEDANCE_SIZES) },
};

const SORA_RETIREMENT = {
  date: '2026-09-24',
  replacements: ['veo-3.1-fast-generate-preview (provider: veo)', 'seedance-1-0-pro-250528 (provider: seedance)'],
} as const;

const VEO_HD_AT_8S = { '1920x1080': [8], '1080x1920': [8], '3840x2160': [8], '2160x3840': [8] } as const;
const VEO_31: ModelInfo = { provider: 'veo', seconds: [4, 6, 8], sizes: Object.keys(VEO_SIZES), secondsBySize: VEO_HD_AT_8S };
const VEO_31_LITE: ModelInfo = {
  provider: 'veo',
  seconds: [4, 6, 8],
  sizes: Object.keys(VEO_SIZES).filter((size) => VEO_SIZES[size]?.resolution !== '4k'),
  secondsBySize: VEO_HD_AT_8S,
};

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const SEEDANCE_1_0: ModelInfo = { provider: 'seedance', seconds: range(2, 12), sizes: Object.keys(SEEDANCE_SIZES) };

/** Seedance rows under BytePlus ModelArk's ids and Volcengine Ark's (`doubao-` prefixed). */
function seedanceRows(rows: Readonly<Record<string, ModelInfo>>): Record<string, ModelInfo> {
  return Object.fromEntries(Object.entries(rows).flatMap(([id, info]) => [[id, info], [`doubao-${id}`, info]]));
}

/**
 * Per-model limits, from each provider's public API reference (see docs/providers.md for the
 * sources and their dates). Add a row to support a model's checks; a model missing here is sent
 * as it is (its size still has to be one its provider's API can express).
 */
export const MODELS: Readonly<Record<string, ModelInfo>> = {
  'sora-2': { provider: 'openai', seconds: [4, 8, 12], sizes: ['720x1280', '1280x720'], retirement: SORA_RETIREMENT },
  'sora-2-pro': {
    provider: 'openai',
    seconds: [4, 8, 12],
    sizes: ['720x1280', '1280x720', '1024x1792', '1792x1024'],
    retirement: SORA_RETIREMENT,
  },
  // Gemini API, "Generate videos with Veo 3.1" (ai.google.dev/gemini-api/docs/veo), updated 2026-06-30.
  'veo-3.1-generate-preview': VEO_31,
  'veo-3.1-fast-generate-preview': VEO_31,
  'veo-3.1-lite-generate-preview': VEO_31_LITE,
  // ModelArk / Ark "Create a video generation task" (docs 1520757), read 2026-11-26.
  ...seedanceRows({
    'seedance-1-0-pro-250528': SEEDANCE_1_0,
    'seedance-1-0-pro-fast-251015': SEEDANCE_1_0,
    'seedance-1-0-lite-t2v-250428': { ...SEEDANCE_1_0, imageInput: false },
    'seedance-1-0-lite-i2v-250428': { ...SEEDANCE_1_0, requiresImage: true },
    'seedance-1-5-pro-251215': { provider: 'seedance', seconds: range(4, 12), sizes: Object.keys(SEEDANCE_SIZES) },
  }),
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
function listValues(values: readonly number[]): string {
  const first = values[0];
  const last = values.at(-1);
  const isRun = values.length > 3 && first !== undefined && last !== undefined && last - first === values.length - 1;
  return isRun ? `${first} to ${last}` : values.join(', ');
}
