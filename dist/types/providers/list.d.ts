/**
 * Every provider video-batch drives: one line per module, in the order help, docs, enums and the
 * simulator list them (`openai` first: the default). Adding a provider is one folder
 * (src/providers/<name>/, see module.ts) and one line here. Everything else that knows provider
 * names (the registry, catalog traits, the simulator, the manifest's enums, the faces) reads it.
 *
 * No runtime import cycle: src/types.ts re-exports PROVIDER_NAMES from here, so nothing a module
 * imports at runtime may import a value from src/types.ts (types only; a test checks).
 */
import type { ProviderModule } from './module.js';
export declare const PROVIDER_MODULES: readonly [ProviderModule<"openai">, ProviderModule<"openai-generations">, ProviderModule<"veo">, ProviderModule<"gemini">, ProviderModule<"seedance">, ProviderModule<"fal">, ProviderModule<"replicate">, ProviderModule<"vertex">, ProviderModule<"xai">, ProviderModule<"openrouter">];
/** Every API shape video-batch can drive, as a literal union (typos fail to compile). */
export type ProviderName = (typeof PROVIDER_MODULES)[number]['name'];
/** The names, in list order. `openai` is the default. */
export declare const PROVIDER_NAMES: readonly ProviderName[];
/** The module of a provider. */
export declare function providerModule(name: ProviderName): ProviderModule<ProviderName>;
