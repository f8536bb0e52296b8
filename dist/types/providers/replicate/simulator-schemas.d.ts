/**
 * The input schemas the simulator's (and the tests') Replicate serves, in the shape Replicate
 * publishes a version's `openapi_schema`: `components.schemas.Input` with each enum field as
 * `allOf: [{$ref: "#/components/schemas/<field>"}]` beside a sibling enum schema (Cog's output).
 * Transcribed, never derived from this folder's mapping; read 2026-12-07:
 * - google/veo-3.1: the fields, types and defaults of Replicate's API page
 *   https://replicate.com/google/veo-3.1/versions/ed5b1767b711dd15d954b162af1e890d27882680f463a85e94f02d604012b972/api
 *   (aspect_ratio, duration and resolution are enums there); the enum values (4/6/8 s; 16:9, 9:16;
 *   720p, 1080p) from copies of the schema (https://api.core.today/v1/models/google/veo-3.1/llms.txt,
 *   and a project's "Verified schema (2026-04): https://replicate.com/google/veo-3.1").
 * - google/veo-3.1-fast: as veo-3.1 without reference_images (the same project's copy; the
 *   core.today copy says 5 or 8 s and 720p by default, which disagrees: unconfirmed).
 * - kwaivgi/kling-v2.5-turbo-pro: https://api.core.today/v1/models/kwaivgi/kling-v2.5-turbo-pro/llms.txt
 *   (duration 5 or 10, aspect_ratio 16:9/9:16/1:1, start_image, image deprecated, no resolution).
 * - bytedance/seedance-1-pro: https://docs.skills.video/api-reference/seedance-1-pro (duration 2 to
 *   12, resolution 480p/720p/1080p, seven ratios, fps 24, camera_fixed, seed).
 */
type Json = string | number | boolean | null | readonly Json[] | {
    readonly [key: string]: Json;
};
/** Each model's `openapi_schema` (its latest version's), by `owner/name`. */
export declare const SIMULATED_REPLICATE_SCHEMAS: Readonly<Record<string, Json>>;
export {};
