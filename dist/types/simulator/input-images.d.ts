import type { InputImageRecord } from './stats.js';
/**
 * The record of one image sent inline, or why it is refused (the route answers 400 with it).
 * `value` is a `data:image/...;base64,` URL or, with `bare`, plain base64 (Google's `bytesBase64Encoded`).
 */
export declare function inlineImage(field: string, value: unknown, options?: {
    readonly bare?: boolean;
    readonly mimeType?: unknown;
}): InputImageRecord | string;
/** The record of image bytes received at `field`. */
export declare function imageRecord(field: string, bytes: Uint8Array): InputImageRecord;
