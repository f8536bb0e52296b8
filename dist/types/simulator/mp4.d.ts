/**
 * A minimal ISO BMFF (MP4) writer for one H.264 video track: ftyp, moov (mvhd, trak with a
 * complete sample table), then mdat. moov comes first so players can start before the end.
 */
import type { H264Stream } from './h264.js';
export interface Mp4Options {
    /** Display size in pixels (the H.264 stream's cropped size). */
    readonly width: number;
    readonly height: number;
    /** Duration of each frame in milliseconds. */
    readonly frameDurationMs: number;
    /**
     * The size the track header presents the picture at (players scale to it): the size the API was
     * asked for, while the stream itself stays small and cheap.
     * @default width and height
     */
    readonly display?: {
        readonly width: number;
        readonly height: number;
    };
    /**
     * Pad mdat with zero bytes (after the samples, unreferenced) until the file has this many bytes.
     * @default 0 (no padding)
     */
    readonly padToBytes?: number;
}
/** An MP4 file as a small prefix (everything but the padding) plus a count of trailing zero bytes. */
export interface Mp4File {
    /** ftyp + moov + mdat header + samples. */
    readonly prefix: Uint8Array;
    /** Zero bytes that follow the prefix inside mdat; stream them, don't allocate them. */
    readonly paddingBytes: number;
    readonly totalBytes: number;
}
/**
 * Lays out an MP4 file for the stream. Samples are stored with 4-byte length prefixes (avcC).
 * @throws RangeError when the stream has no frames
 */
export declare function writeMp4(stream: H264Stream, options: Mp4Options): Mp4File;
