/**
 * A minimal baseline JPEG encoder for the simulated spritesheet, which OpenAI serves as JPEG.
 * YCbCr without subsampling, one flat quantiser, and fixed-length Huffman codes (every DC
 * category 4 bits, every AC symbol 8 bits): valid for any decoder, simple to read, a little
 * bigger than an optimised file. Layout per ITU-T T.81 (JFIF APP0, DQT, SOF0, DHT, SOS).
 */

const QUANTISER = 6;
const DC_SYMBOLS = Array.from({ length: 12 }, (_, category) => category);
/** EOB, ZRL, then (run << 4 | size) for runs 0..15 and sizes 1..10: every baseline AC symbol. */
const AC_SYMBOLS = [0x00, 0xf0, ...Array.from({ length: 16 * 10 }, (_, i) => ((i / 10) << 4) | ((i % 10) + 1))];
const DC_LENGTH = 4;
const AC_LENGTH = 8;

/** ZIGZAG[k] is the row-major index of the k-th coefficient in zigzag order. */
const ZIGZAG: readonly number[] = (() => {
  const order: number[] = [];
  for (let sum = 0; sum < 15; sum++) {
    const cells: number[] = [];
    for (let row = Math.max(0, sum - 7); row <= Math.min(7, sum); row++) cells.push(row * 8 + (sum - row));
    order.push(...(sum % 2 === 0 ? cells.reverse() : cells));
  }
  return order;
})();

/** cos((2x+1)uπ/16) scaled by C(u)/2, for the separable 8-point DCT. */
const DCT_BASIS: readonly number[] = Array.from({ length: 64 }, (_, i) => {
  const u = Math.floor(i / 8);
  const x = i % 8;
  return (u === 0 ? Math.SQRT1_2 : 1) * 0.5 * Math.cos(((2 * x + 1) * u * Math.PI) / 16);
});

/** Writes entropy-coded bits most significant first, stuffing a 0x00 after every 0xFF byte. */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  write(value: number, bits: number): void {
    for (let i = bits - 1; i >= 0; i--) {
      this.current = (this.current << 1) | ((value >>> i) & 1);
      if (++this.used === 8) {
        this.bytes.push(this.current);
        if (this.current === 0xff) this.bytes.push(0);
        this.current = 0;
        this.used = 0;
      }
    }
  }

  finish(): Buffer {
    if (this.used > 0) this.write(0xff, 8 - this.used); // pad with ones
    return Buffer.from(this.bytes);
  }
}

function segment(marker: number, payload: readonly number[]): Buffer {
  return Buffer.from([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload]);
}

/** A DHT table in which every symbol has the same code length; symbol i gets code i. */
function huffmanTable(tableClass: number, symbols: readonly number[], length: number): number[] {
  const counts = Array.from({ length: 16 }, (_, i) => (i + 1 === length ? symbols.length : 0));
  return [tableClass << 4, ...counts, ...symbols];
}

function forwardDct(block: Float64Array): Float64Array {
  const rows = new Float64Array(64);
  for (let y = 0; y < 8; y++) {
    for (let u = 0; u < 8; u++) {
      let sum = 0;
      for (let x = 0; x < 8; x++) sum += (block[y * 8 + x] ?? 0) * (DCT_BASIS[u * 8 + x] ?? 0);
      rows[y * 8 + u] = sum;
    }
  }
  const out = new Float64Array(64);
  for (let u = 0; u < 8; u++) {
    for (let v = 0; v < 8; v++) {
      let sum = 0;
      for (let y = 0; y < 8; y++) sum += (rows[y * 8 + u] ?? 0) * (DCT_BASIS[v * 8 + y] ?? 0);
      out[v * 8 + u] = sum;
    }
  }
  return out;
}

/** Bits needed for |value| (JPEG's "category"). */
function category(value: number): number {
  let size = 0;
  for (let magnitude = Math.abs(value); magnitude > 0; magnitude >>= 1) size++;
  return size;
}

/** A value's extra bits: the value itself, or value - 1 in `size` bits when negative. */
function extraBits(value: number, size: number): number {
  return value < 0 ? value + (1 << size) - 1 : value;
}

function encodeBlock(out: BitWriter, block: Float64Array, previousDc: number): number {
  const coefficients = forwardDct(block);
  const zigzag = ZIGZAG.map((index) => Math.round((coefficients[index] ?? 0) / QUANTISER));
  const dc = zigzag[0] ?? 0;
  const diff = dc - previousDc;
  const dcSize = category(diff);
  out.write(dcSize, DC_LENGTH);
  if (dcSize > 0) out.write(extraBits(diff, dcSize), dcSize);
  let run = 0;
  for (let k = 1; k < 64; k++) {
    const value = zigzag[k] ?? 0;
    if (value === 0) {
      run++;
      continue;
    }
    for (; run > 15; run -= 16) out.write(AC_SYMBOLS.indexOf(0xf0), AC_LENGTH);
    const size = category(value);
    out.write(AC_SYMBOLS.indexOf((run << 4) | size), AC_LENGTH);
    out.write(extraBits(value, size), size);
    run = 0;
  }
  if (run > 0) out.write(AC_SYMBOLS.indexOf(0x00), AC_LENGTH);
  return dc;
}

/**
 * Encodes packed RGB pixels as a baseline JPEG file.
 * @throws RangeError when `rgb` does not hold width*height*3 bytes or a side is outside 1..65535
 */
export function encodeJpeg(width: number, height: number, rgb: Uint8Array): Buffer {
  if (rgb.length !== width * height * 3) throw new RangeError(`expected ${width * height * 3} RGB bytes, got ${rgb.length}`);
  if (width < 1 || height < 1 || width > 65535 || height > 65535) throw new RangeError(`JPEG sides are 1 to 65535 (got ${width}x${height})`);
  const out = new BitWriter();
  const previous = [0, 0, 0];
  const blocks = [new Float64Array(64), new Float64Array(64), new Float64Array(64)];
  for (let top = 0; top < height; top += 8) {
    for (let left = 0; left < width; left += 8) {
      for (let i = 0; i < 64; i++) {
        // Edge blocks repeat the last row and column.
        const x = Math.min(width - 1, left + (i % 8));
        const y = Math.min(height - 1, top + Math.floor(i / 8));
        const p = (y * width + x) * 3;
        const [r, g, b] = [rgb[p] ?? 0, rgb[p + 1] ?? 0, rgb[p + 2] ?? 0];
        blocks[0]![i] = 0.299 * r + 0.587 * g + 0.114 * b - 128;
        blocks[1]![i] = -0.168736 * r - 0.331264 * g + 0.5 * b;
        blocks[2]![i] = 0.5 * r - 0.418688 * g - 0.081312 * b;
      }
      for (let c = 0; c < 3; c++) previous[c] = encodeBlock(out, blocks[c]!, previous[c] ?? 0);
    }
  }
  const components = [1, 2, 3];
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    segment(0xdb, [0, ...Array.from({ length: 64 }, () => QUANTISER)]),
    segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, ...components.flatMap((id) => [id, 0x11, 0])]),
    segment(0xc4, [...huffmanTable(0, DC_SYMBOLS, DC_LENGTH), ...huffmanTable(1, AC_SYMBOLS, AC_LENGTH)]),
    segment(0xda, [3, ...components.flatMap((id) => [id, 0x00]), 0, 63, 0]),
    out.finish(),
    Buffer.from([0xff, 0xd9]),
  ]);
}
