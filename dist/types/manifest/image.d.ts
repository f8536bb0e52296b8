/**
 * 20 MiB: Gemini takes inline data up to 20 MB per request, and a video's first frame is a few
 * MB at most; refusing early beats buffering a stray 1.5 GB file before the server refuses it.
 */
export declare const MAX_INPUT_IMAGE_BYTES: number;
export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';
/** The image type the first bytes of a file show (PNG, JPEG or WebP), if any. Pure. */
export declare function sniffImageType(head: Uint8Array): ImageType | undefined;
export interface InputImageRules {
    /**
     * Folders the file's real path must be inside (the manifest's folder and any the user allows).
     * @default no folder rule (the manifest reader has already checked it)
     */
    readonly roots?: readonly string[];
    /** @default MAX_INPUT_IMAGE_BYTES */
    readonly maxBytes?: number;
}
/** An input image that must not be sent; the message says why and what to do. */
export declare class InputImageError extends Error {
    readonly name = "InputImageError";
}
export interface InputImage {
    readonly bytes: Buffer;
    readonly mimeType: ImageType;
    /** The file name as the manifest names it, for a multipart upload. */
    readonly name: string;
}
/**
 * Checks the image at `path` without reading it whole (the manifest reader's check).
 * @returns why it cannot be sent, or undefined when it can
 */
export declare function inputImageProblem(path: string, rules?: InputImageRules): Promise<string | undefined>;
/**
 * Reads the image at `path` for upload, after checking it again.
 * @throws InputImageError when it is missing, not a regular file, outside `roots`, too big, or
 *   not the image type its extension names
 */
export declare function readInputImage(path: string, rules?: InputImageRules): Promise<InputImage>;
