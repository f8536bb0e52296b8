import { type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
/** The Interactions routes under `/gemini/v1beta`; `origin` is read per request for the URIs handed out. */
export declare function geminiRoutes(world: SimulatorWorld, origin: () => string): RouteDefinition[];
