import { type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
export declare const REPLICATE_SIMULATOR_BASE_PATH = "/replicate/v1";
/** The Replicate routes, and the output files they hand out. One record per simulator, never shared. */
export declare function replicateRoutes(world: SimulatorWorld, origin: () => string): readonly RouteDefinition[];
