/**
 * What a job becomes on Replicate: which endpoint the model id names, and the `input` object in
 * the model's own field names (where this folder knows the model) or the common ones. Pure.
 */
import type { JobSpec } from '../../types.js';
import type { JobProblem, ProviderParams } from '../module.js';
import type { JsonSchema } from '../discovery/facts.js';
import { type ReplicateImages } from './mapping.js';
/** `owner/name` (an official model, run by name) or `owner/name:version` (a pinned version). */
export interface ModelRef {
    readonly owner: string;
    readonly name: string;
    readonly version?: string;
}
/** The parts of a model id, or undefined when it has neither form. */
export declare function parseModelRef(model: string): ModelRef | undefined;
/** The input field each of video-batch's own settings goes to; absent = the model has no such field. */
export interface InputNames {
    readonly duration?: string;
    readonly aspectRatio?: string;
    readonly resolution?: string;
    readonly image?: string;
}
/** The names most of Replicate's video models use (Veo, Seedance, Wan): sent to a model this table does not know. */
export declare const COMMON_INPUT_NAMES: InputNames;
/** The input names of a model (its version pin ignored). */
export declare function inputNamesFor(model: string): InputNames;
/**
 * A `WIDTHxHEIGHT` as `aspect_ratio` + `resolution` when the model's schema is not at hand: its short
 * side as `720p`, 2160 as `4k` (no Replicate video schema read spells it `2160p`); undefined when no
 * ratio fits. With the schema, mapping.ts takes the spelling from its enums instead.
 */
export declare function sizeFields(size: string): {
    readonly aspectRatio: string;
    readonly resolution: string;
} | undefined;
/**
 * A job's params join the prediction's `input`, beside the fields each model documents there
 * (`seed`, `negative_prompt`, `generate_audio`, `camera_fixed`...). Reserved: every name
 * video-batch's own mapping may write, whatever the model.
 */
export declare const REPLICATE_PARAMS: ProviderParams;
/**
 * The prediction's `input`: prompt, then seconds -> duration, size -> aspect ratio and resolution,
 * input_reference -> the first-frame field (a data URL), each under the model's own name (a
 * setting the model has no field for is left out rather than sent under a name it would reject),
 * then the job's params.
 */
export declare function replicateInput(job: JobSpec, images?: string | ReplicateImages, schema?: JsonSchema): Record<string, unknown>;
/** Problems with a job on Replicate before anything is sent: the model id's form, a size with no aspect ratio. */
export declare function replicateJobProblems(job: JobSpec): JobProblem[];
