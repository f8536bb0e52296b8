/**
 * The built-in simulator as video-batch runs it: the simulator core (src/simulator/, which knows no
 * provider) handed every provider module's routes, in the list's order, and the catalog's rule for
 * which model ids each API serves. The demo run, `video-batch simulate` and the tests start it here.
 */
import { PROVIDER_MODULES, PROVIDER_NAMES, providerModule } from './providers/list.js';
import { modelAcceptor } from './providers/simulator-models.js';
import { startSimulator as startCore, type Simulator, type SimulatorOptions as CoreOptions } from './simulator/index.js';
import type { ProviderName } from './types.js';

export * from './simulator/index.js';
export { GATEWAY_MODELS } from './providers/simulator-models.js';
export { DEFAULT_MODEL, DEFAULT_SECONDS, DEFAULT_SIZE, type OpenAiVideo } from './providers/openai/simulator.js';

/** The core's options less what this layer hands it (every provider's routes, the catalog's model rule). */
export interface SimulatorOptions extends Omit<CoreOptions, 'faces' | 'isModelAllowed'> {
  /**
   * The only model ids accepted, on every route; an entry ending in `*` matches by prefix, so
   * `['*']` accepts any id. Catalog models stay limited by their catalog row either way.
   * @default each API's catalog models, plus GATEWAY_MODELS on the OpenAI shapes (see simulator-models.ts)
   */
  readonly models?: readonly string[];
}

/**
 * Starts the simulator with every provider's routes on `host:port`.
 * @throws as the core's startSimulator (port, rate limit, state file)
 */
export function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const { models, ...rest } = options;
  return startCore({ ...rest, faces: PROVIDER_MODULES.map((module) => module.simulator), isModelAllowed: modelAcceptor(models, PROVIDER_NAMES) });
}

/** The base URL a provider's client takes to reach the simulator (each API's version segment included). */
export function simulatorBaseUrl(sim: Pick<Simulator, 'origin'>, provider: ProviderName): string {
  return `${sim.origin}${providerModule(provider).simulator.basePath}`;
}
