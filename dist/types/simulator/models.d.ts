/**
 * Which model ids each simulated API accepts, and the catalog row that limits them. A vendor's own
 * API knows its models exactly (OpenAI: sora-2, sora-2-pro and their dated snapshots; Gemini and
 * ModelArk: their catalog rows); gateways serve many vendors' models through the OpenAI shapes, so
 * those also take ids matching GATEWAY_MODELS, checked by the API's general rules only.
 */
import { type ModelInfo } from '../providers/catalog-data.js';
import type { ProviderName } from '../types.js';
/** Model id patterns the OpenAI-shaped routes accept besides the catalog's; `*` matches by prefix. */
export declare const GATEWAY_MODELS: readonly string[];
/**
 * Whether `model` is one only a gateway serves on the OpenAI shapes (GATEWAY_MODELS): gateways take
 * the vendor's own fields (seed, tier, aspect_ratio...) beside OpenAI's, so the simulator does too.
 */
export declare function isGatewayModel(model: string): boolean;
/** A matcher for an allow-list whose entries match exactly, or by prefix when they end in `*`. */
export declare function modelAllowList(models: readonly string[]): (model: string) => boolean;
/** The catalog row that limits `model` on `provider`'s API (snapshots take their model's row). */
export declare function catalogRow(provider: ProviderName, model: string): ModelInfo | undefined;
/** Whether `model` is one the API of `provider` serves. */
export type ModelAcceptor = (provider: ProviderName, model: string) => boolean;
/**
 * The acceptor for a simulator: exactly `models` when given (`['*']` takes any id), otherwise
 * each API's catalog models, plus, on the OpenAI shapes, every catalog model and GATEWAY_MODELS
 * (and `sora` on the generations shape).
 */
export declare function modelAcceptor(models: readonly string[] | undefined): ModelAcceptor;
