/**
 * A minimal lossless WebP (VP8L) encoder for the simulated thumbnail, which OpenAI serves as WebP.
 * No transforms and no back-references: every pixel is three literal 8-bit prefix codes (green,
 * red, blue) and a one-symbol alpha code, so the file is about as big as raw RGB, which is fine
 * for a preview a few hundred pixels wide. Bitstream: "WebP Lossless Bitstream Specification".
 */

/** Writes VP8L's little-endian bit stream: values least significant bit first. */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  write(value: number, bits: number): void {
    for (let i = 0; i < bits; i++) {
      this.current |= ((value >>> i) & 1) << this.used;
      if (++this.used === 8) {
        this.bytes.push(this.current);
        this.current = 0;
        this.used = 0;
      }
    }
  }

  /** A prefix code's bits go out first bit first, i.e. the canonical code read from its top bit. */
  writeCode(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.write((code >>> i) & 1, 1);
  }

  finish(): Buffer {
    if (this.used > 0) this.bytes.push(this.current);
    return Buffer.from(this.bytes);
  }
}

/** Order in which the code-length code's lengths are sent. */
const CODE_LENGTH_ORDER = [17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];

/**
 * A normal prefix code in which symbols 0..255 have length 8 (so symbol s is the code s) and the
 * rest of the alphabet length 0. The code-length code has two 1-bit symbols: 0 (code 0), 8 (code 1).
 */
function writeByteCode(out: BitWriter, alphabetSize: number): void {
  out.write(0, 1); // normal, not simple
  const count = CODE_LENGTH_ORDER.indexOf(8) + 1;
  out.write(count - 4, 4);
  for (const symbol of CODE_LENGTH_ORDER.slice(0, count)) out.write(symbol === 0 || symbol === 8 ? 1 : 0, 3);
  out.write(0, 1); // no max_symbol: every symbol's length follows
  for (let symbol = 0; symbol < alphabetSize; symbol++) out.writeCode(symbol < 256 ? 1 : 0, 1);
}

/** A simple prefix code with one symbol, which then takes no bits at all. */
function writeSingleSymbol(out: BitWriter, symbol: number): void {
  out.write(1, 1); // simple
  out.write(0, 1); // one symbol
  out.write(1, 1); // 8-bit symbol
  out.write(symbol, 8);
}

/**
 * Encodes packed RGB pixels as a lossless WebP file.
 * @throws RangeError when `rgb` does not hold width*height*3 bytes or a side exceeds 16384
 */
export function encodeWebp(width: number, height: number, rgb: Uint8Array): Buffer {
  if (rgb.length !== width * height * 3) throw new RangeError(`expected ${width * height * 3} RGB bytes, got ${rgb.length}`);
  if (width < 1 || height < 1 || width > 16384 || height > 16384) throw new RangeError(`WebP sides are 1 to 16384 (got ${width}x${height})`);
  const out = new BitWriter();
  out.write(0x2f, 8); // VP8L signature
  out.write(width - 1, 14);
  out.write(height - 1, 14);
  out.write(0, 1); // alpha unused
  out.write(0, 3); // version
  out.write(0, 1); // no transform
  out.write(0, 1); // no colour cache
  out.write(0, 1); // one prefix code group for the whole image
  writeByteCode(out, 256 + 24); // green + length prefixes
  writeByteCode(out, 256); // red
  writeByteCode(out, 256); // blue
  writeSingleSymbol(out, 255); // alpha: opaque
  writeSingleSymbol(out, 0); // distance: unused
  for (let i = 0; i < rgb.length; i += 3) {
    out.writeCode(rgb[i + 1] ?? 0, 8);
    out.writeCode(rgb[i] ?? 0, 8);
    out.writeCode(rgb[i + 2] ?? 0, 8);
  }
  const vp8l = out.finish();
  const padded = vp8l.length % 2 === 1 ? Buffer.concat([vp8l, Buffer.alloc(1)]) : vp8l;
  const header = Buffer.alloc(20);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + 8 + padded.length, 4);
  header.write('WEBP', 8, 'latin1');
  header.write('VP8L', 12, 'latin1');
  header.writeUInt32LE(vp8l.length, 16);
  return Buffer.concat([header, padded]);
}
