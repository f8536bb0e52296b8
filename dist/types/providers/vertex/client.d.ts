import type { Env } from '../module.js';
import { type Provider } from '../types.js';
export declare const DEFAULT_LOCATION = "us-central1";
/** Google's API hosts (over https): a token from Application Default Credentials may always go there. */
export declare const GOOGLE_HOSTS: readonly string[];
/** Whether `url` is https on one of Google's API hosts. Pure. */
export declare function isGoogleApiUrl(url: URL): boolean;
/**
 * An answer that carries a video inline: Veo's 8 s 1080p video is about 5-20 MB, a third more as
 * base64; the cap leaves room for 4k without letting a broken server fill the memory.
 */
export declare const MAX_OPERATION_ANSWER_BYTES: number;
export interface VertexProviderOptions {
    /** Up to and including the version segment, e.g. `https://us-central1-aiplatform.googleapis.com/v1`. */
    readonly baseUrl: string;
    /** GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_LOCATION, VERTEX_STORAGE_BASE_URL. */
    readonly env: Env;
    /** A ready access token instead of Application Default Credentials (the simulator's, or a job's `api_key_env`). */
    readonly accessToken?: string;
    /**
     * Origins besides Google's hosts that a token from Application Default Credentials may be sent
     * to: the ones the operator set (VERTEX_BASE_URL, --base-url), never a manifest's. The Cloud
     * Storage base (VERTEX_STORAGE_BASE_URL, the environment's) is added. @default the base URL's origin
     */
    readonly tokenOrigins?: readonly string[];
    /** Per-request timeout in milliseconds. @default 60000 */
    readonly requestTimeoutMs?: number;
    /** @default globalThis.fetch */
    readonly fetch?: typeof fetch;
}
/** The Vertex AI provider. Never retries; every failure is a ProviderError for the runner to judge. */
export declare function createVertexProvider(options: VertexProviderOptions): Provider & {
    preflight(signal: AbortSignal): Promise<void>;
};
