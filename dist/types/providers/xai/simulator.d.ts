import { type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
/** The xAI routes under `/xai/v1`; `origin` is read per request for the URLs handed out. */
export declare function xaiRoutes(world: SimulatorWorld, origin: () => string): RouteDefinition[];
