import type { ModelAcceptor } from '../simulator/world.js';
import { type ModelInfo } from './catalog-data.js';
import type { ProviderName } from './list.js';
/** Model id patterns the OpenAI-shaped routes accept besides the catalog's; `*` matches by prefix. */
export declare const GATEWAY_MODELS: readonly string[];
/**
 * Whether `model` is one only a gateway serves on the OpenAI shapes (GATEWAY_MODELS): gateways take
 * the vendor's own fields (seed, tier, aspect_ratio...) beside OpenAI's, so the simulator does too.
 */
export declare function isGatewayModel(model: string): boolean;
/** The catalog row that limits `model` on `provider`'s API (snapshots take their model's row). */
export declare function catalogRow(provider: ProviderName, model: string): ModelInfo | undefined;
/**
 * The acceptor for a simulator: exactly `models` when given (`['*']` takes any id), otherwise
 * each API's catalog models, plus, on the OpenAI shapes, every catalog model and GATEWAY_MODELS
 * (and `sora` on the generations shape). `names` are the providers the simulator serves (the list,
 * handed in by the layer that composes it: a value import of the list here would be a cycle).
 */
export declare function modelAcceptor(models: readonly string[] | undefined, names: readonly ProviderName[]): ModelAcceptor;
