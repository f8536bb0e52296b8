import { type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
/** `POST /v1/videos/generations` and the file URLs it hands out; `origin` is read per request. */
export declare function generationsRoutes(world: SimulatorWorld, origin: () => string): RouteDefinition[];
