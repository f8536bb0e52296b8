/**
 * Deterministic preview pictures for a video id: a background colour and a barcode derived from the
 * id's hash, plus a bar that moves across the frame, so every video looks (and hashes) different.
 */
import { createHash } from 'node:crypto';
import type { YuvPicture } from './h264.js';

/** Pixel size of the rendered clip for a requested `WIDTHxHEIGHT`. */
export interface PreviewSize {
  readonly width: number;
  readonly height: number;
}

/** Rendered clips are 1/16 of the requested size: tiny, but with the requested aspect ratio. */
const SCALE = 16;
const MIN_SIDE = 16;
const MAX_SIDE = 256;
const BARCODE_CELLS = 16;

function evenClamp(value: number): number {
  const even = 2 * Math.round(value / 2);
  return Math.min(MAX_SIDE, Math.max(MIN_SIDE, even));
}

/** The preview size for a `WIDTHxHEIGHT` string (falls back to 720x1280 when it doesn't parse). */
export function previewSize(size: string): PreviewSize {
  const match = /^(\d+)x(\d+)$/.exec(size);
  const width = match ? Number(match[1]) : 720;
  const height = match ? Number(match[2]) : 1280;
  return { width: evenClamp(width / SCALE), height: evenClamp(height / SCALE) };
}

/** 32 bytes that drive colours and the barcode for one id. */
export function pictureSeed(id: string): Uint8Array {
  return createHash('sha256').update(id).digest();
}

function byteAt(seed: Uint8Array, index: number): number {
  return seed[index % seed.length] ?? 0;
}

function codedSide(side: number): number {
  return Math.ceil(side / 16) * 16;
}

/** Luma/chroma sample for a display pixel; samples stay in 16..235 so no byte is ever zero. */
function sampleAt(seed: Uint8Array, x: number, y: number, frame: number, frames: number, size: PreviewSize): [number, number, number] {
  const barcodeRows = Math.max(2, Math.floor(size.height / 8));
  if (y < barcodeRows) {
    const cell = Math.floor((x * BARCODE_CELLS) / size.width);
    const bit = (byteAt(seed, 3 + (cell >> 3)) >> (cell & 7)) & 1;
    return [bit === 1 ? 220 : 40, 128, 128];
  }
  const barWidth = Math.max(2, Math.floor(size.width / 8));
  const barX = Math.floor((frame * (size.width - barWidth)) / Math.max(1, frames - 1));
  const cb = 64 + (byteAt(seed, 1) % 128);
  const cr = 64 + (byteAt(seed, 2) % 128);
  if (x >= barX && x < barX + barWidth) return [225, 256 - cb, 256 - cr];
  const luma = 60 + (byteAt(seed, 0) % 100) + Math.floor((y * 40) / size.height);
  return [luma, cb, cr];
}

/**
 * Renders frame `frame` of `frames` at the coded size (multiples of 16); the area outside the
 * display size repeats the edge and is cropped away by the decoder.
 */
export function renderPicture(seed: Uint8Array, frame: number, frames: number, size: PreviewSize): YuvPicture {
  const width = codedSide(size.width);
  const height = codedSide(size.height);
  const y = new Uint8Array(width * height);
  const cb = new Uint8Array((width / 2) * (height / 2));
  const cr = new Uint8Array((width / 2) * (height / 2));
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const [luma, blue, red] = sampleAt(seed, Math.min(col, size.width - 1), Math.min(row, size.height - 1), frame, frames, size);
      y[row * width + col] = luma;
      if (row % 2 === 0 && col % 2 === 0) {
        const index = (row / 2) * (width / 2) + col / 2;
        cb[index] = blue;
        cr[index] = red;
      }
    }
  }
  return { width, height, y, cb, cr };
}

function clampByte(value: number): number {
  return Math.min(255, Math.max(0, Math.round(value)));
}

/** Converts the display area of a picture to packed RGB (BT.601, limited range). */
export function pictureToRgb(picture: YuvPicture, size: PreviewSize): Uint8Array {
  const rgb = new Uint8Array(size.width * size.height * 3);
  for (let row = 0; row < size.height; row++) {
    for (let col = 0; col < size.width; col++) {
      const chroma = (row >> 1) * (picture.width / 2) + (col >> 1);
      const luma = 1.164 * ((picture.y[row * picture.width + col] ?? 16) - 16);
      const blue = (picture.cb[chroma] ?? 128) - 128;
      const red = (picture.cr[chroma] ?? 128) - 128;
      const out = (row * size.width + col) * 3;
      rgb[out] = clampByte(luma + 1.596 * red);
      rgb[out + 1] = clampByte(luma - 0.392 * blue - 0.813 * red);
      rgb[out + 2] = clampByte(luma + 2.017 * blue);
    }
  }
  return rgb;
}
