/**
 * The downloadable assets of a simulated video: a real MP4 (I_PCM H.264), a WebP thumbnail and a
 * JPEG spritesheet (the formats OpenAI serves), deterministic per video id and cached per simulator.
 */
import { encodeIntraPcm } from './h264.js';
import { writeMp4, type Mp4File } from './mp4.js';
import { encodeJpeg } from './jpeg.js';
import { encodeWebp } from './webp.js';
import { pictureSeed, pictureToRgb, previewSize, renderPicture, type PreviewSize } from './picture.js';

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
export const PREVIEW_TYPES = { thumbnail: 'image/webp', spritesheet: 'image/jpeg' } as const;

/** Frames per second of the rendered clip: enough to show motion, small enough to stay cheap. */
export const FRAMES_PER_SECOND = 2;
const SPRITESHEET_COLUMNS = 4;

/** Renders and caches assets; build one per simulator. */
export class VideoAssets {
  private readonly mp4Cache = new Map<string, Mp4File>();
  private readonly contentBytes: number;
  private readonly cacheSize: number;

  constructor(options: VideoAssetsOptions = {}) {
    this.contentBytes = options.contentBytes ?? 0;
    this.cacheSize = options.cacheSize ?? 128;
  }

  /** The MP4 for a video; `prefix` then `paddingBytes` zero bytes make the whole file. */
  mp4(source: AssetSource): Mp4File {
    const cached = this.mp4Cache.get(source.id);
    if (cached) return cached;
    const size = previewSize(source.size);
    const frames = Math.max(1, Math.round(source.seconds * FRAMES_PER_SECOND));
    const seed = pictureSeed(source.id);
    const pictures = Array.from({ length: frames }, (_, frame) => renderPicture(seed, frame, frames, size));
    const stream = encodeIntraPcm(pictures, size.width, size.height);
    // The header presents the size that was asked (what a report reads back); the picture is a small stand-in.
    const asked = /^(\d+)x(\d+)$/.exec(source.size);
    const display = asked ? { width: Number(asked[1]), height: Number(asked[2]) } : size;
    const file = writeMp4(stream, { width: size.width, height: size.height, display, frameDurationMs: 1000 / FRAMES_PER_SECOND, padToBytes: this.contentBytes });
    this.mp4Cache.set(source.id, file);
    if (this.mp4Cache.size > this.cacheSize) {
      const oldest = this.mp4Cache.keys().next();
      if (!oldest.done) this.mp4Cache.delete(oldest.value);
    }
    return file;
  }

  /** The first frame as a lossless WebP. */
  thumbnail(source: AssetSource): Buffer {
    const size = previewSize(source.size);
    const frames = Math.max(1, Math.round(source.seconds * FRAMES_PER_SECOND));
    return encodeWebp(size.width, size.height, pictureToRgb(renderPicture(pictureSeed(source.id), 0, frames, size), size));
  }

  /** Every frame, tiled left to right and top to bottom, as one JPEG. */
  spritesheet(source: AssetSource): Buffer {
    const size = previewSize(source.size);
    const frames = Math.max(1, Math.round(source.seconds * FRAMES_PER_SECOND));
    const seed = pictureSeed(source.id);
    const columns = Math.min(SPRITESHEET_COLUMNS, frames);
    const rows = Math.ceil(frames / columns);
    const sheet: PreviewSize = { width: size.width * columns, height: size.height * rows };
    const rgb = new Uint8Array(sheet.width * sheet.height * 3);
    for (let frame = 0; frame < frames; frame++) {
      const tile = pictureToRgb(renderPicture(seed, frame, frames, size), size);
      const left = (frame % columns) * size.width;
      const top = Math.floor(frame / columns) * size.height;
      for (let row = 0; row < size.height; row++) {
        const from = row * size.width * 3;
        rgb.set(tile.subarray(from, from + size.width * 3), ((top + row) * sheet.width + left) * 3);
      }
    }
    return encodeJpeg(sheet.width, sheet.height, rgb);
  }
}
