/**
 * A tiny H.264 Baseline encoder that emits only I_PCM macroblocks: every sample is stored raw, so
 * no transform or entropy coding is needed, yet any decoder (ffmpeg, browsers) plays the result.
 */
/** One 4:2:0 picture whose dimensions are multiples of 16 (the coded size). */
export interface YuvPicture {
    readonly width: number;
    readonly height: number;
    /** width*height luma samples, row-major. */
    readonly y: Uint8Array;
    /** (width/2)*(height/2) samples each. */
    readonly cb: Uint8Array;
    readonly cr: Uint8Array;
}
/** Parameter sets and per-frame NAL units, without start codes (MP4 stores them length-prefixed). */
export interface H264Stream {
    readonly sps: Uint8Array;
    readonly pps: Uint8Array;
    /** One IDR slice NAL unit per frame. */
    readonly frames: readonly Uint8Array[];
}
/**
 * Encodes pictures as an all-IDR, all-I_PCM Baseline stream.
 * @param pictures coded-size pictures (width and height multiples of 16), all the same size
 * @param displayWidth even width to show (cropped from the right), at most the coded width
 * @param displayHeight even height to show (cropped from the bottom), at most the coded height
 * @throws RangeError when sizes are not multiples of 16 or the crop is odd or too large
 */
export declare function encodeIntraPcm(pictures: readonly YuvPicture[], displayWidth: number, displayHeight: number): H264Stream;
