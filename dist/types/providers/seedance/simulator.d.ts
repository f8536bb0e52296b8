import { type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
/** The ModelArk task routes under `/api/v3`, and the file URLs they hand out. */
export declare function seedanceRoutes(world: SimulatorWorld, origin: () => string): RouteDefinition[];
