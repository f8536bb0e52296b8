import { type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
import type { InputImageRecord } from '../../simulator/stats.js';
/**
 * The input images of a Veo instance as Google's reference shapes them (`image`, `lastFrame`,
 * `referenceImages[]` of `{image, referenceType}`), each decoded and checked to be an image; or
 * why the request is refused. Shared with the Vertex AI routes (same instance shape).
 */
export declare function veoInstanceImages(instance: Readonly<Record<string, unknown>> | undefined): InputImageRecord[] | string;
/** The Veo routes under `/v1beta`; `origin` is read per request for the URIs handed out. */
export declare function veoRoutes(world: SimulatorWorld, origin: () => string): RouteDefinition[];
