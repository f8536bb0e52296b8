/** A video's measured facts; a field is null when the header does not state it. */
export interface VideoHeader {
    readonly width: number | null;
    readonly height: number | null;
    /** Seconds, to the millisecond. */
    readonly seconds: number | null;
}
/** Up to `length` bytes of the file at `offset` (fewer at its end). */
export type ReadAt = (offset: number, length: number) => Uint8Array;
/** The ways a video can differ from its job. */
export type VideoDifference = 'size' | 'seconds';
/** Seconds a video may be off its request before it counts as different (24 fps clips land on 5.04 s). */
export declare const SECONDS_TOLERANCE = 0.5;
/**
 * The header of an MP4/MOV or WebM file, or null when the file is neither or its header is
 * unreadable. Never throws on bad bytes.
 */
export declare function parseVideoHeader(readAt: ReadAt, fileSize: number): VideoHeader | null;
/** The header of the file at `path`; null when it cannot be read or is no video it knows. */
export declare function readVideoHeader(path: string): VideoHeader | null;
/**
 * How a video differs from what its job asked: `size` when a `WIDTHxHEIGHT` was asked and the
 * video is another size (or orientation), `seconds` when it is more than SECONDS_TOLERANCE off.
 * Nothing asked, or nothing measured, is no difference.
 */
export declare function videoDifferences(asked: {
    readonly size: string | null;
    readonly seconds: number | null;
}, actual: VideoHeader): VideoDifference[];
