export interface ModelProfile {
    /** Model id, or a prefix ending in `*`. The first matching profile applies. */
    readonly model: string;
    /** Multiplies queue and generation time. @default 1 */
    readonly timeFactor?: number;
    /** Share of videos (0..1) that fail with `upstream_error`. @default 0 */
    readonly failureRate?: number;
}
/** The default profiles of `--simulate`: Seedance fast, Veo slower, gateway-only models flakier. */
export declare const SIMULATED_MODEL_PROFILES: readonly ModelProfile[];
/** The profile of `model`, if one matches. */
export declare function profileOf(profiles: readonly ModelProfile[], model: string): ModelProfile | undefined;
/** Whether a video of `model` for `prompt` fails under `profile`: a stable share of prompts, by hash. */
export declare function failsUpstream(profile: ModelProfile | undefined, model: string, prompt: string): boolean;
