import type { YuvPicture } from './h264.js';
/** Pixel size of the rendered clip for a requested `WIDTHxHEIGHT`. */
export interface PreviewSize {
    readonly width: number;
    readonly height: number;
}
/** The preview size for a `WIDTHxHEIGHT` string (falls back to 720x1280 when it doesn't parse). */
export declare function previewSize(size: string): PreviewSize;
/** 32 bytes that drive colours and the barcode for one id. */
export declare function pictureSeed(id: string): Uint8Array;
/**
 * Renders frame `frame` of `frames` at the coded size (multiples of 16); the area outside the
 * display size repeats the edge and is cropped away by the decoder.
 */
export declare function renderPicture(seed: Uint8Array, frame: number, frames: number, size: PreviewSize): YuvPicture;
/** Converts the display area of a picture to packed RGB (BT.601, limited range). */
export declare function pictureToRgb(picture: YuvPicture, size: PreviewSize): Uint8Array;
