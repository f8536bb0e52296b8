import { type Provider } from '../types.js';
/** Google's endpoint, version segment included; a gateway's base URL carries its own. */
export declare const GEMINI_DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/v1beta";
/**
 * Where the Files API takes uploads: `upload/` before the version segment of the base URL
 * (`https://generativelanguage.googleapis.com/v1beta` -> `.../upload/v1beta/files`), so a gateway's
 * prefix is kept.
 */
export declare function filesUploadUrl(base: string): string;
/** A Files API file of a video `uri`: its name (`files/abc`) and the URL that serves its bytes. */
export interface GeminiFile {
    readonly name: string;
    readonly downloadUrl: string;
}
/** The Files API name in a `uri` (`.../files/{id}` or `.../files/{id}:download?alt=media`), when it has one. */
export declare function filesApiFile(uri: URL): GeminiFile | undefined;
export interface GeminiProviderOptions {
    readonly apiKey: string;
    /** Up to and including the version segment. @default GEMINI_DEFAULT_BASE_URL */
    readonly baseUrl?: string;
    /** Per-request timeout in milliseconds. @default 60000 */
    readonly requestTimeoutMs?: number;
    /** @default globalThis.fetch */
    readonly fetch?: typeof fetch;
    /** Inline image bytes (base64) one create may carry before images are uploaded instead. @default GEMINI_INLINE_LIMIT_BYTES */
    readonly inlineLimitBytes?: number;
}
/**
 * The gemini provider. Never retries. No findSubmitted: the Interactions API has no list of a key's
 * interactions, so a create whose answer was lost cannot be found again and the runner ends it
 * `submit_uncertain` instead of sending it a second time.
 */
export declare function createGeminiProvider(options: GeminiProviderOptions): Provider;
