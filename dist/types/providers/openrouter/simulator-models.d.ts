/**
 * The video models the simulator's `GET /videos/models` lists, in OpenRouter's `VideoModel` shape
 * (OpenAPI `components.schemas.VideoModel`, OpenRouterTeam/typescript-sdk .speakeasy/in.openapi.yaml,
 * read 2026-12-07). The values are transcribed from an answer of OpenRouter's live endpoint as
 * captured in TanStack/ai `scripts/openrouter.video-models.json` (read 2026-12-07; a third party's
 * capture, models created up to 2026-08-24), never derived from video-batch's own mapping.
 * Descriptions, `canonical_slug` dates and `created` are left as captured or omitted.
 */
/** One listed model, as the wire carries it. */
export type VideoModelWire = Readonly<Record<string, unknown>>;
export declare const SIMULATED_OPENROUTER_MODELS: readonly VideoModelWire[];
