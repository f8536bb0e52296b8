import { type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
/** The Veo routes under `/v1beta`; `origin` is read per request for the URIs handed out. */
export declare function veoRoutes(world: SimulatorWorld, origin: () => string): RouteDefinition[];
