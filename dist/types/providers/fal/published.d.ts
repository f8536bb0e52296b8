/**
 * fal's own published input schemas (and, where its model page was read, prices) for the
 * endpoints the simulator serves, transcribed as data in published/input-schemas.json (its
 * `source` says from where and when). The simulator's Models and Pricing APIs answer with them
 * and its queue refuses what they refuse; nothing here comes from video-batch's own mapping.
 */
import type { JsonValue } from '../../types.js';
import type { JsonSchema } from '../discovery/facts.js';
export interface PublishedEndpoint {
    /** The endpoint's OpenAPI 3.0 document, as fal's Models API serves it with `expand=openapi-3.0`. */
    readonly openapi: {
        readonly [key: string]: JsonValue;
    };
    readonly price?: {
        readonly unit_price: number;
        readonly unit: string;
        readonly currency: string;
    };
}
export declare const FAL_PUBLISHED: Readonly<Record<string, PublishedEndpoint>>;
/** The endpoint's input schema, references inlined, or undefined when none was transcribed. */
export declare function publishedInputSchema(endpoint: string): JsonSchema | undefined;
