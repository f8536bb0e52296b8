import { type Reply } from '../../simulator/http.js';
import { type VideoJob, type VideoState } from '../../simulator/videos.js';
import { type RouteContext, type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
/** The SDK's `Video`, with `size` widened to any `WIDTHxHEIGHT` (gateways accept other sizes). */
export interface OpenAiVideo {
    readonly id: string;
    readonly object: 'video';
    readonly created_at: number;
    readonly status: VideoState['status'];
    readonly completed_at: number | null;
    readonly error: {
        readonly code: string;
        readonly message: string;
    } | null;
    readonly expires_at: number | null;
    readonly model: string;
    readonly progress: number;
    readonly prompt: string | null;
    readonly remixed_from_video_id: string | null;
    readonly seconds: string;
    readonly size: string;
}
export declare const DEFAULT_SECONDS = "4";
export declare const DEFAULT_SIZE = "720x1280";
export declare const DEFAULT_MODEL = "sora-2";
/** Maps a job and its current state to the wire object. */
export declare function toOpenAiVideo(job: VideoJob, state: VideoState): OpenAiVideo;
export declare function invalid(message: string, param: string | null, code?: string | null, status?: number): Reply;
export declare function videoNotFound(id: string): Reply;
/** OpenAI's list of allowed values: `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`. */
export declare function supportedValues(values: readonly string[]): string;
/** The 400 OpenAI gives for a body field it does not know, e.g. `Unknown parameter: 'fps'.` */
export declare function unknownParameter(context: RouteContext, known: readonly string[]): Reply | undefined;
/** The OpenAI Videos routes under `prefix` (default `/v1`). */
export declare function openAiVideoRoutes(world: SimulatorWorld, prefix?: string): RouteDefinition[];
