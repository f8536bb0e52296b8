/**
 * `WIDTHxHEIGHT` sizes and the aspect ratio + resolution pairs vendors take instead: a pair's
 * nominal size has the resolution as its short side and the long side from the ratio, rounded to
 * an even number of pixels (`16:9` at `480p` is `854x480`, at `720p` `1280x720`, `21:9` at `480p`
 * `1120x480`). A size maps to a pair only when it is that pair's nominal size exactly. Pure.
 */
/** The short side of a resolution word: `720p` -> 720, `4k` -> 2160; undefined for `auto` and the like. */
export declare function resolutionPixels(word: string): number | undefined;
/** `16:9` as [16, 9]; undefined for `auto` and the like. */
export declare function ratioParts(word: string): [number, number] | undefined;
/** The nominal `WIDTHxHEIGHT` of a ratio at a resolution (short side = resolution). */
export declare function nominalSize(ratio: string, resolution: string): string | undefined;
/** Resolutions at which a size is recognised when the vendor takes a ratio but no resolution. */
export declare const COMMON_RESOLUTIONS: readonly string[];
/** Whether `size` is `ratio` exactly (by reduced fraction) or at one of the common resolutions. */
export declare function sizeHasRatio(size: string, ratio: string): boolean;
/** The pair (ratio, resolution) among the given words whose nominal size is `size`, if any. */
export declare function pairForSize(size: string, ratios: readonly string[], resolutions: readonly string[]): {
    ratio: string;
    resolution: string;
} | undefined;
/** Every nominal size the words can express, in their order. */
export declare function expressibleSizes(ratios: readonly string[], resolutions: readonly string[]): string[];
