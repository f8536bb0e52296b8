/**
 * Which model ids each simulated API accepts, and the catalog row that limits them. A vendor's own
 * API knows its models exactly (OpenAI: sora-2, sora-2-pro and their dated snapshots; Gemini and
 * ModelArk: their catalog rows); gateways serve many vendors' models through the OpenAI shapes, so
 * those also take ids matching GATEWAY_MODELS, checked by the API's general rules only.
 */
import { modelAllowList } from '../simulator/allow-list.js';
import type { ModelAcceptor } from '../simulator/world.js';
import { CATALOG, modelInfo, type ModelInfo } from './catalog-data.js';
import type { ProviderName } from './list.js';

/** Model id patterns the OpenAI-shaped routes accept besides the catalog's; `*` matches by prefix. */
export const GATEWAY_MODELS: readonly string[] = ['veo-*', 'seedance-*', 'doubao-seedance-*', 'kling-*', 'wan-*'];

/**
 * Whether `model` is one only a gateway serves on the OpenAI shapes (GATEWAY_MODELS): gateways take
 * the vendor's own fields (seed, tier, aspect_ratio...) beside OpenAI's, so the simulator does too.
 */
export function isGatewayModel(model: string): boolean {
  return modelAllowList(GATEWAY_MODELS)(model);
}

/** OpenAI's dated snapshots (the SDK's `VideoModel`), limited like the model they pin. */
const OPENAI_SNAPSHOTS: Readonly<Record<string, string>> = {
  'sora-2-2025-10-06': 'sora-2',
  'sora-2-2025-12-08': 'sora-2',
  'sora-2-pro-2025-10-06': 'sora-2-pro',
};

/** The gateway's own id on the generations shape (its example sends `"model": "sora"`). */
const GENERATIONS_MODELS: readonly string[] = ['sora'];


/** The catalog row that limits `model` on `provider`'s API (snapshots take their model's row). */
export function catalogRow(provider: ProviderName, model: string): ModelInfo | undefined {
  const shape = provider === 'openai-generations' ? 'openai' : provider;
  return modelInfo(shape, OPENAI_SNAPSHOTS[model] ?? model);
}

/**
 * The acceptor for a simulator: exactly `models` when given (`['*']` takes any id), otherwise
 * each API's catalog models, plus, on the OpenAI shapes, every catalog model and GATEWAY_MODELS
 * (and `sora` on the generations shape). `names` are the providers the simulator serves (the list,
 * handed in by the layer that composes it: a value import of the list here would be a cycle).
 */
export function modelAcceptor(models: readonly string[] | undefined, names: readonly ProviderName[]): ModelAcceptor {
  if (models) {
    const allowed = modelAllowList(models);
    return (_provider, model) => allowed(model);
  }
  const gateway = modelAllowList(GATEWAY_MODELS);
  return (name, model) => {
    const provider = names.find((known) => known === name);
    if (provider === undefined) return false;
    if (catalogRow(provider, model)) return true;
    if (provider !== 'openai' && provider !== 'openai-generations') return false;
    if (provider === 'openai-generations' && GENERATIONS_MODELS.includes(model)) return true;
    return gateway(model) || CATALOG.some((row) => row.model === model || (row.aliases?.includes(model) ?? false));
  };
}
