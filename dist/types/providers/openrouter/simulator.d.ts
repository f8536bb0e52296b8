import { type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
export declare const OPENROUTER_SIMULATOR_BASE_PATH = "/openrouter/api/v1";
/** The OpenRouter routes, and the signed files they hand out. One record per simulator, never shared. */
export declare function openRouterRoutes(world: SimulatorWorld, origin: () => string): readonly RouteDefinition[];
