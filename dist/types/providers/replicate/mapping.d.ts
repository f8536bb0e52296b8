/**
 * A job as a Replicate model's own input schema spells it: `seconds` in the duration field's type
 * and enum, `size` as the `aspect_ratio` and `resolution` the enums hold (by exact ratio and short
 * side), the image in the field the schema names, `audio` in `generate_audio`; with a problem for
 * each job field the schema cannot take, naming what works, and a check of the job's params
 * against the properties they name. Pure.
 */
import type { JobParams, JobSpec, JsonValue } from '../../types.js';
import type { JsonSchema } from '../discovery/facts.js';
import type { JobProblem } from '../module.js';
/** A job's images as data URLs, for the model's input. */
export interface ReplicateImages {
    readonly first?: string;
    readonly last?: string;
    readonly references?: readonly string[];
}
/** A first frame alone (the older calls) or every image. */
export declare function asImages(images: string | ReplicateImages | undefined): ReplicateImages;
/** The short side a resolution word stands for (`720p`, `1080p`, `4k`, `2K`...); undefined when it is not one. */
export declare function shortSide(word: string): number | undefined;
/** Every `WIDTHxHEIGHT` the schema's ratio and resolution enums express (720p-based when it has no resolution). */
export declare function schemaSizes(schema: JsonSchema): string[];
export interface SchemaInput {
    /** The input in the schema's names (without the job's params). */
    readonly input: Record<string, JsonValue>;
    /** Each job field the schema cannot take. */
    readonly problems: JobProblem[];
}
/**
 * The prediction's `input` for `job` as `schema` declares it (params not included). An image is
 * given as its data URL; undefined leaves the image field out (the check passes a placeholder).
 */
export declare function schemaInput(job: JobSpec, schema: JsonSchema, images?: string | ReplicateImages): SchemaInput;
/**
 * A job's params against the schema: a value of the wrong type or outside an enum is a problem
 * naming what is allowed; a key the schema does not list is a warning (Replicate passes it on).
 */
export declare function paramsAgainstSchema(params: JobParams | undefined, schema: JsonSchema, model: string): {
    problems: JobProblem[];
    warnings: string[];
};
