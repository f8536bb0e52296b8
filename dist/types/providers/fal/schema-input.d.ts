/**
 * A job as a fal endpoint's input, built from the endpoint's own published input schema (fal's
 * Models API, `expand=openapi-3.0`): `seconds` goes to its duration field in that field's type and
 * enum spelling (`"8s"`, `"5"`, 8), `size` to `aspect_ratio` + `resolution` by the pair whose
 * nominal size it is, the input image to the image field the schema names, `audio` to its audio
 * switch, and `params` as written after a check against their properties. The same plan is the
 * pre-send check (every problem, naming what would work) and the request body. Pure.
 */
import type { JsonValue, JobSpec } from '../../types.js';
import type { ModelFacts } from '../discovery/facts.js';
import type { JsonSchema } from '../discovery/facts.js';
import type { FactsCheck, JobProblem } from '../module.js';
/** The job's images as data URLs (fal takes data URIs wherever it takes a file URL). */
export interface FalImages {
    readonly first?: string;
    readonly last?: string;
    readonly references?: readonly string[];
}
export interface FalInputPlan {
    readonly input: Record<string, JsonValue>;
    readonly problems: JobProblem[];
    readonly warnings: string[];
}
/** Seconds a duration value stands for: `"8s"` and `"8"` and 8 are 8. */
export declare function secondsOfDuration(value: JsonValue | undefined): number | undefined;
/** The schema's field names video-batch fills from a job (none of them may come from params). */
export interface FalFieldNames {
    readonly duration?: string;
    readonly audio?: string;
    readonly image?: string;
    readonly lastFrame?: string;
    readonly references?: string;
    readonly aspectRatio?: string;
    readonly resolution?: string;
}
/** Which of the schema's properties take the job's duration, audio switch, image, ratio and resolution. */
export declare function falFieldNames(schema: JsonSchema): FalFieldNames;
/** What a job gets when it names no duration or audio, as the schema defaults them. */
export declare function falDefaults(schema: JsonSchema): {
    seconds?: number;
    audio?: boolean;
};
/**
 * The input for `job` from its model's published schema, with every problem (each naming what
 * would work) and warning. `imageDataUrl` is the input image as a data URL (a placeholder when
 * only checking).
 */
export declare function planFalInput(job: JobSpec, facts: ModelFacts, images?: string | FalImages): FalInputPlan;
/** The pre-send check: the plan's problems and warnings. */
export declare function falFactsCheck(job: JobSpec, facts: ModelFacts): FactsCheck;
