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
import { openaiGenerationsModule } from './openai-generations/index.js';
import { openaiModule } from './openai/index.js';
import { replicateModule } from './replicate/index.js';
import { seedanceModule } from './seedance/index.js';
import { veoModule } from './veo/index.js';
import { falModule } from './fal/index.js';
import { vertexModule } from './vertex/index.js';
import { geminiModule } from './gemini/index.js';
import { xaiModule } from './xai/index.js';
import { openRouterModule } from './openrouter/index.js';

export const PROVIDER_MODULES = [
  openaiModule,
  openaiGenerationsModule,
  veoModule,
  geminiModule,
  seedanceModule,
  falModule,
  replicateModule,
  vertexModule,
  xaiModule,
  openRouterModule,
] as const;

/** Every API shape video-batch can drive, as a literal union (typos fail to compile). */
export type ProviderName = (typeof PROVIDER_MODULES)[number]['name'];

/** The names, in list order. `openai` is the default. */
export const PROVIDER_NAMES: readonly ProviderName[] = PROVIDER_MODULES.map((module) => module.name);

const BY_NAME = new Map<string, ProviderModule<ProviderName>>(PROVIDER_MODULES.map((module) => [module.name, module]));

/** The module of a provider. */
export function providerModule(name: ProviderName): ProviderModule<ProviderName> {
  const module = BY_NAME.get(name);
  if (!module) throw new Error(`no provider module named ${JSON.stringify(name)}`);
  return module;
}
