import { type RouteDefinition, type SimulatedCharacter, type SimulatorWorld } from '../../simulator/world.js';
/** What `createCharacter` answers and `getCharacter` returns. */
export type OpenAiCharacter = SimulatedCharacter;
/** Edit, extend and the character routes under `prefix` (default `/v1`). */
export declare function openAiEditRoutes(world: SimulatorWorld, prefix?: string): RouteDefinition[];
