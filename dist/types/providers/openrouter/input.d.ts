/**
 * What a job becomes on OpenRouter's `POST /videos`: the JSON body in the reference's names
 * (`model`, `prompt`, `duration`, `size` or `resolution` + `aspect_ratio`, `frame_images`,
 * `generate_audio`), then the job's params laid over it (`seed`, `input_references`, `provider`...). Pure.
 */
import type { JobSpec } from '../../types.js';
import type { JobProblem, ProviderParams } from '../module.js';
import { type OpenRouterModel } from './capabilities.js';
/**
 * A job's params join the body beside the fields the reference lists there (`seed`,
 * `input_references`, `callback_url`, `provider` with its passthrough options).
 * Reserved: every name video-batch's own mapping may write.
 */
export declare const OPENROUTER_PARAMS: ProviderParams;
/** A job's input images as data URLs: the first and last frames, and the reference images. */
export interface OpenRouterImages {
    readonly first?: string;
    readonly last?: string;
    readonly references?: readonly string[];
}
/**
 * The input images a model takes on OpenRouter when its capabilities are not known: a first and a
 * last frame, and reference images (the capabilities list states no count for them; the model
 * refuses more than it takes), never both kinds in one request.
 */
export declare const OPENROUTER_IMAGE_SLOTS: {
    readonly first: true;
    readonly last: true;
    readonly lastNeedsFirst: true;
    readonly references: 16;
    readonly referencesAlone: true;
};
/**
 * The create body of a job. `model` is the model's capabilities when known (the size then travels
 * as the model states it); unknown, the size goes as `size`, which the reference takes as written.
 */
export declare function openRouterBody(job: JobSpec, model: OpenRouterModel | undefined, images?: string | OpenRouterImages): Record<string, unknown>;
/** Problems with a job's form on OpenRouter, found when the manifest is read: a model id that is not `author/slug`, a size that is not `WIDTHxHEIGHT`. */
export declare function openRouterFormProblems(job: JobSpec): JobProblem[];
/**
 * What a model's capabilities refuse in a job, before anything is sent: its duration, its size,
 * a first frame, audio on a model without it (a seed is only "not honoured", never refused); each
 * names what works.
 */
export declare function openRouterCapabilityProblems(job: JobSpec, model: OpenRouterModel): JobProblem[];
