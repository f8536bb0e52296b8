/**
 * A minimal lossless WebP (VP8L) encoder for the simulated thumbnail, which OpenAI serves as WebP.
 * No transforms and no back-references: every pixel is three literal 8-bit prefix codes (green,
 * red, blue) and a one-symbol alpha code, so the file is about as big as raw RGB, which is fine
 * for a preview a few hundred pixels wide. Bitstream: "WebP Lossless Bitstream Specification".
 */
/**
 * Encodes packed RGB pixels as a lossless WebP file.
 * @throws RangeError when `rgb` does not hold width*height*3 bytes or a side exceeds 16384
 */
export declare function encodeWebp(width: number, height: number, rgb: Uint8Array): Buffer;
