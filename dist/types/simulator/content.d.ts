import { type Mp4File } from './mp4.js';
/** What an asset is rendered from. */
export interface AssetSource {
    readonly id: string;
    /** Whole seconds of the clip. */
    readonly seconds: number;
    /** `WIDTHxHEIGHT` as requested. */
    readonly size: string;
}
export interface VideoAssetsOptions {
    /**
     * Pad every MP4 (inside mdat) up to this many bytes, for big-download tests.
     * @default 0 (no padding: a few kilobytes per second of video)
     */
    readonly contentBytes?: number;
    /**
     * How many videos' assets to keep in memory.
     * @default 128
     */
    readonly cacheSize?: number;
}
/** The content type each preview is served with. */
export declare const PREVIEW_TYPES: {
    readonly thumbnail: "image/webp";
    readonly spritesheet: "image/jpeg";
};
/** Frames per second of the rendered clip: enough to show motion, small enough to stay cheap. */
export declare const FRAMES_PER_SECOND = 2;
/** Renders and caches assets; build one per simulator. */
export declare class VideoAssets {
    private readonly mp4Cache;
    private readonly contentBytes;
    private readonly cacheSize;
    constructor(options?: VideoAssetsOptions);
    /** The MP4 for a video; `prefix` then `paddingBytes` zero bytes make the whole file. */
    mp4(source: AssetSource): Mp4File;
    /** The first frame as a lossless WebP. */
    thumbnail(source: AssetSource): Buffer;
    /** Every frame, tiled left to right and top to bottom, as one JPEG. */
    spritesheet(source: AssetSource): Buffer;
}
