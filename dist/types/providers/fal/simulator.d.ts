import { type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
/** The simulator path fal's base URL has: `FAL_BASE_URL=http://127.0.0.1:PORT/fal`. */
export declare const FAL_SIMULATOR_BASE_PATH = "/fal";
/** fal's queue routes under `/fal`, and the file URLs its results hand out. */
export declare function falRoutes(world: SimulatorWorld, origin: () => string): RouteDefinition[];
