/**
 * A minimal baseline JPEG encoder for the simulated spritesheet, which OpenAI serves as JPEG.
 * YCbCr without subsampling, one flat quantiser, and fixed-length Huffman codes (every DC
 * category 4 bits, every AC symbol 8 bits): valid for any decoder, simple to read, a little
 * bigger than an optimised file. Layout per ITU-T T.81 (JFIF APP0, DQT, SOF0, DHT, SOS).
 */
/**
 * Encodes packed RGB pixels as a baseline JPEG file.
 * @throws RangeError when `rgb` does not hold width*height*3 bytes or a side is outside 1..65535
 */
export declare function encodeJpeg(width: number, height: number, rgb: Uint8Array): Buffer;
