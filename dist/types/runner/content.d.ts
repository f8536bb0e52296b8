/**
 * Whether what a download brought is what was asked for: a video container or a preview image,
 * judged by the declared content type and the file's first bytes. Pure.
 */
/** What a download should be. */
export type ExpectedContent = 'video' | 'image';
/** Bytes of the head needed to judge every signature below. */
export declare const SIGNATURE_BYTES = 12;
/**
 * Why the download is not the expected content, or undefined when it is. `head` is the first
 * bytes (at least SIGNATURE_BYTES unless the body ended sooner); `ended` says the body ended
 * there, so a short head is the whole file.
 */
export declare function contentProblem(expected: ExpectedContent, contentType: string | undefined, head: Uint8Array, ended: boolean): string | undefined;
/** The first bytes as text when they are printable (an error page's start), else as hex; truncated. */
export declare function describeHead(head: Uint8Array, max?: number): string;
