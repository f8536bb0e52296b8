import { type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
/** What `createCharacter` answers and `getCharacter` returns. */
export interface OpenAiCharacter {
    readonly id: string;
    readonly created_at: number;
    readonly name: string;
}
/** Edit, extend and the character routes under `prefix` (default `/v1`). */
export declare function openAiEditRoutes(world: SimulatorWorld, prefix?: string): RouteDefinition[];
