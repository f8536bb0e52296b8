/**
 * A job as a fal endpoint's `input` JSON: `prompt`, then `seconds`, `size` and `input_reference`
 * under the names and in the forms the model's page documents, or under the names most fal video
 * models share when the endpoint is not one we know. Pure.
 */
import type { JobSpec } from '../../types.js';
/** How an endpoint spells a duration: Veo's `"8s"`, Seedance's `"5"`, or a plain number. */
export type DurationForm = 'seconds-suffix' | 'digits' | 'number';
/** What we know of one endpoint's input names, from its model page (see PROVIDER.md). */
export interface FalInputNames {
    readonly duration: DurationForm;
    /** The name its input image goes under; absent = a text-to-video endpoint (no image). */
    readonly image?: 'image_url';
}
/** Endpoints whose input schema we read (fal.ai/models/<id>/llms.txt, 2026-12-01). */
export declare const FAL_INPUT_NAMES: Readonly<Record<string, FalInputNames>>;
/** `1280x720` as fal's `aspect_ratio` (`16:9`) and `resolution` (`720p`; 2160 is `4k`). */
export declare function falShape(size: string): {
    aspect_ratio: string;
    resolution: string;
};
/**
 * The input JSON for `job` on its endpoint; `imageDataUrl` is the job's input image as a
 * `data:` URL (fal takes data URIs wherever it takes a file URL).
 */
export declare function falInput(job: JobSpec, imageDataUrl?: string): Record<string, unknown>;
