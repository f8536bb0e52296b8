/**
 * OpenRouter's side of discovery: one `GET {base}/videos/models` answers for every model of a
 * run; each listed model's capabilities become `LimitFacts`, its per-second `pricing_skus` become
 * `VendorPrice`s (most specific first: the run takes the first that fits a job), and a job is
 * checked against them. The facts carry back exactly what the answer stated, so the client can
 * rebuild the model's capabilities from them (`modelFromFacts`, capabilities.ts) to shape its request.
 */
import type { JobSpec } from '../../types.js';
import { DiscoveryError, type FactSource, type LimitFacts, type ModelFacts, type VendorPrice } from '../discovery/facts.js';
import { joinUrl } from '../fetch-json.js';
import type { DiscoveryContext, FactsCheck, ProviderDiscovery } from '../module.js';
import { ProviderError } from '../types.js';
import { modelFromFacts, type OpenRouterModel } from './capabilities.js';
import { fetchVideoModels, openRouterHttp } from './client.js';
import { openRouterCapabilityProblems } from './input.js';

/** Per-second SKU names: optional mode prefix, the unit, optional audio and resolution suffixes. */
const PER_SECOND = /^(text_to_video_)?(duration_seconds|per-video-second|cents_per_second_output|cents_per_video_output_second)(?:[_-](with_audio|without_audio))?(?:[_-](\d+p|\d[kK]))?$/;

/** A SKU's resolution in the run's terms (`{short side}p`, as src/cost/prices.ts matches sizes). */
function resolutionOf(suffix: string): string {
  const named: Readonly<Record<string, string>> = { '1k': '1080p', '2k': '1440p', '4k': '2160p' };
  return named[suffix.toLowerCase()] ?? suffix.toLowerCase();
}

/**
 * The prices a model's `pricing_skus` state, in USD per second, most specific first. Image-to-video
 * SKUs are left out (a price's `when` cannot say "with a first frame"), as are surcharges
 * (`reference_images`, `cents_per_image_input`...); a model billed only in `video_tokens` gets
 * one price in that unit, which the run reports as unknown. Pure.
 */
export function pricesOf(skus: Readonly<Record<string, string>> | null, source: FactSource): VendorPrice[] {
  const prices: (VendorPrice & { readonly rank: number })[] = [];
  for (const [sku, text] of Object.entries(skus ?? {})) {
    const match = PER_SECOND.exec(sku);
    const amount = Number(text);
    if (!match || !Number.isFinite(amount)) continue;
    const [, , unit = '', audio, resolution] = match;
    const usd = unit.startsWith('cents_') ? amount / 100 : amount;
    const when = {
      ...(audio === undefined ? {} : { audio: audio === 'with_audio' }),
      ...(resolution === undefined ? {} : { resolution: resolutionOf(resolution) }),
    };
    prices.push({ unitPrice: Math.round(usd * 1e6) / 1e6, unit: 'second', currency: 'USD', ...(Object.keys(when).length === 0 ? {} : { when }), source, rank: Object.keys(when).length });
  }
  if (prices.length === 0 && Object.keys(skus ?? {}).some((sku) => sku.startsWith('video_tokens'))) {
    const perToken = Number(skus?.video_tokens ?? Number.NaN);
    return [{ unitPrice: Number.isFinite(perToken) ? perToken : 0, unit: 'video token', currency: 'USD', source }];
  }
  return prices.sort((a, b) => b.rank - a.rank).map(({ rank: _rank, ...price }) => price);
}

/** A listed model as facts: what it states, and nothing it leaves `null`. Pure. */
export function factsOf(model: OpenRouterModel, source: FactSource): ModelFacts {
  const limits: LimitFacts = {
    ...(model.supported_durations ? { seconds: model.supported_durations } : {}),
    ...(model.supported_sizes ? { sizes: model.supported_sizes } : {}),
    ...(model.supported_resolutions ? { resolutions: model.supported_resolutions } : {}),
    ...(model.supported_aspect_ratios ? { aspectRatios: model.supported_aspect_ratios } : {}),
    ...(model.generate_audio === null ? {} : { audio: model.generate_audio }),
    ...(model.supported_frame_images ? { imageInput: model.supported_frame_images.includes('first_frame'), frameImages: model.supported_frame_images } : {}),
    ...(model.seed === null ? {} : { seed: model.seed }),
    passthrough: model.allowed_passthrough_parameters,
    source,
  };
  const prices = pricesOf(model.pricing_skus, source);
  return {
    provider: 'openrouter',
    model: model.id,
    found: true,
    limits,
    ...(prices.length === 0 ? {} : { prices }),
    // The reference: generate_audio "defaults to the endpoint's generate_audio capability flag".
    ...(model.generate_audio === null ? {} : { defaults: { audio: model.generate_audio } }),
  };
}

/** Top-level request fields the reference lists beside the ones video-batch maps (job params may set these). */
const BODY_FIELDS = new Set(['seed', 'input_references', 'callback_url', 'provider', 'creativity', 'upscale_factor']);

/** A job against its model's facts: every capability problem, and a warning per param the reference does not list. Pure. */
export function checkOpenRouterJob(job: JobSpec, facts: ModelFacts): FactsCheck {
  const model = modelFromFacts(facts);
  // The id's form and the size's were checked when the manifest was read.
  const problems = model ? openRouterCapabilityProblems(job, model) : [];
  const unknown = Object.keys(job.params ?? {}).filter((key) => !BODY_FIELDS.has(key));
  const warnings = unknown.map((key) => `params.${key} is not a field of OpenRouter's POST /videos (sent as written; a provider's own option goes under params.provider.options.<slug>.parameters)`);
  return { problems, warnings };
}

/** OpenRouter's discovery: where it asks, one request for every model, and the check of a job. */
export const openRouterDiscovery: ProviderDiscovery = {
  where: ({ baseUrl }) => joinUrl(baseUrl, '/videos/models'),

  async describe(models: readonly string[], context: DiscoveryContext): Promise<ReadonlyMap<string, ModelFacts>> {
    const client = openRouterHttp({ baseUrl: context.baseUrl, fetch: context.fetch, requestTimeoutMs: context.timeoutMs });
    const headers: Record<string, string> = context.apiKey === undefined ? {} : { authorization: `Bearer ${context.apiKey}` };
    let listed: Map<string, OpenRouterModel>;
    try {
      listed = await fetchVideoModels(client, context.baseUrl, headers, context.signal);
    } catch (error) {
      const status = error instanceof ProviderError ? error.details.status : undefined;
      const message = error instanceof Error ? error.message : String(error);
      throw new DiscoveryError(status === 401 || status === 403 ? 'auth' : 'unavailable', `GET /videos/models: ${message}`, status);
    }
    const source: FactSource = { url: joinUrl(context.baseUrl, '/videos/models'), readAt: new Date(context.now()).toISOString() };
    return new Map(models.map((id) => {
      const model = listed.get(id);
      return [id, model ? factsOf(model, source) : { provider: 'openrouter', model: id, found: false }];
    }));
  },

  checkJob: checkOpenRouterJob,
};
