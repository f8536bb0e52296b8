/**
 * What a downloaded video actually is: its display width × height and duration, read from the
 * container's header (MP4/MOV: moov/mvhd, trak/tkhd, mdia/mdhd; WebM/Matroska: Info and Tracks),
 * never from what was asked. A model may hand back a portrait video for a landscape request, or
 * 5 s for 8 s, and a comparison of such videos is not a comparison. Parsing is pure over a
 * `ReadAt`; only `readVideoHeader` touches the disk.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** A video's measured facts; a field is null when the header does not state it. */
export interface VideoHeader {
  readonly width: number | null;
  readonly height: number | null;
  /** Seconds, to the millisecond. */
  readonly seconds: number | null;
}

/** Up to `length` bytes of the file at `offset` (fewer at its end). */
export type ReadAt = (offset: number, length: number) => Uint8Array;

/** The ways a video can differ from its job. */
export type VideoDifference = 'size' | 'seconds';

/** Seconds a video may be off its request before it counts as different (24 fps clips land on 5.04 s). */
export const SECONDS_TOLERANCE = 0.5;
/** Share a side may be off (encoders round sides to 8 or 16 pixels: 1280×720 comes as 1280×704). */
const SIDE_TOLERANCE = 0.03;

/** Boxes walked before giving up on a damaged file, so a loop of zero-size boxes cannot spin. */
const MAX_BOXES = 10_000;

/**
 * The header of an MP4/MOV or WebM file, or null when the file is neither or its header is
 * unreadable. Never throws on bad bytes.
 */
export function parseVideoHeader(readAt: ReadAt, fileSize: number): VideoHeader | null {
  const head = readAt(0, 12);
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return parseWebm(readAt(0, WEBM_HEAD_BYTES));
  return parseMp4(readAt, fileSize);
}

/** The header of the file at `path`; null when it cannot be read or is no video it knows. */
export function readVideoHeader(path: string): VideoHeader | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const handle = fd;
    const readAt: ReadAt = (offset, length) => {
      const buffer = Buffer.alloc(length);
      const read = readSync(handle, buffer, 0, length, offset);
      return buffer.subarray(0, read);
    };
    return parseVideoHeader(readAt, fstatSync(handle).size);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * How a video differs from what its job asked: `size` when a `WIDTHxHEIGHT` was asked and the
 * video is another size (or orientation), `seconds` when it is more than SECONDS_TOLERANCE off.
 * Nothing asked, or nothing measured, is no difference.
 */
export function videoDifferences(asked: { readonly size: string | null; readonly seconds: number | null }, actual: VideoHeader): VideoDifference[] {
  const differences: VideoDifference[] = [];
  const size = asked.size === null ? null : /^(\d+)x(\d+)$/i.exec(asked.size.trim());
  if (size && actual.width !== null && actual.height !== null) {
    const off = (want: number, got: number): boolean => Math.abs(got - want) > want * SIDE_TOLERANCE;
    if (off(Number(size[1]), actual.width) || off(Number(size[2]), actual.height)) differences.push('size');
  }
  if (asked.seconds !== null && actual.seconds !== null && Math.abs(actual.seconds - asked.seconds) > SECONDS_TOLERANCE) differences.push('seconds');
  return differences;
}

// ---- MP4 / MOV (ISO BMFF) ----

interface Box {
  readonly type: string;
  /** Where the payload starts and the box ends, in file offsets. */
  readonly start: number;
  readonly end: number;
}

const fourcc = (bytes: Uint8Array, at: number): string => String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);

function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
}

function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) * 2 ** 32 + u32(bytes, at + 4);
}

/** 16.16 fixed point, signed. */
const fixed = (bytes: Uint8Array, at: number): number => (u32(bytes, at) | 0) / 65536;

/** The boxes between `from` and `to`, by their headers alone (a box's payload is never read here). */
function* boxes(readAt: ReadAt, from: number, to: number): Generator<Box> {
  let offset = from;
  for (let count = 0; offset + 8 <= to && count < MAX_BOXES; count++) {
    const header = readAt(offset, 16);
    if (header.length < 8) return;
    let size = u32(header, 0);
    let headerSize = 8;
    if (size === 1) {
      if (header.length < 16) return;
      size = u64(header, 8);
      headerSize = 16;
    } else if (size === 0) {
      size = to - offset; // to the end of the file
    }
    if (size < headerSize || offset + size > to) return;
    yield { type: fourcc(header, 4), start: offset + headerSize, end: offset + size };
    offset += size;
  }
}

const child = (readAt: ReadAt, parent: Box, type: string): Box | undefined => {
  for (const box of boxes(readAt, parent.start, parent.end)) if (box.type === type) return box;
  return undefined;
};

/** A full box's payload (version byte first), at most `max` bytes of it. */
const payload = (readAt: ReadAt, box: Box, max: number): Uint8Array => readAt(box.start, Math.min(max, box.end - box.start));

/** Timescale and duration of an mvhd or mdhd box (same layout up to there); null when unstated. */
function timing(bytes: Uint8Array): { timescale: number; duration: number | null } | null {
  const v1 = bytes[0] === 1;
  if (bytes.length < (v1 ? 32 : 20)) return null;
  const timescale = u32(bytes, v1 ? 20 : 12);
  const duration = v1 ? u64(bytes, 24) : u32(bytes, 16);
  // All ones means "unknown"; 0 is what a fragmented file's moov says.
  const unknown = duration === 0 || duration === (v1 ? 2 ** 64 - 1 : 0xffffffff);
  return timescale > 0 ? { timescale, duration: unknown ? null : duration } : null;
}

/** Display size from a tkhd box: width and height, swapped when the matrix turns the picture a quarter. */
function trackSize(bytes: Uint8Array): { width: number; height: number } | null {
  const v1 = bytes[0] === 1;
  const matrixAt = v1 ? 52 : 40; // after version+flags, times, track id, duration, reserved, layer, group, volume
  const sizeAt = matrixAt + 36;
  if (bytes.length < sizeAt + 8) return null;
  const width = Math.round(fixed(bytes, sizeAt));
  const height = Math.round(fixed(bytes, sizeAt + 4));
  if (width <= 0 || height <= 0) return null;
  // The matrix's a and b: a rotation by 90° or 270° has a = 0 and b = ±1.
  const quarterTurn = Math.abs(fixed(bytes, matrixAt)) < Math.abs(fixed(bytes, matrixAt + 4));
  return quarterTurn ? { width: height, height: width } : { width, height };
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

function parseMp4(readAt: ReadAt, fileSize: number): VideoHeader | null {
  let moov: Box | undefined;
  for (const box of boxes(readAt, 0, fileSize)) {
    if (box.type === 'moov') {
      moov = box;
      break;
    }
  }
  if (!moov) return null;
  let movie: ReturnType<typeof timing> = null;
  let fragmented: number | null = null;
  let video: { size: ReturnType<typeof trackSize>; seconds: number | null } | undefined;
  for (const box of boxes(readAt, moov.start, moov.end)) {
    if (box.type === 'mvhd') movie = timing(payload(readAt, box, 32));
    else if (box.type === 'mvex') {
      const mehd = child(readAt, box, 'mehd');
      if (mehd) {
        const bytes = payload(readAt, mehd, 12);
        fragmented = bytes[0] === 1 ? (bytes.length >= 12 ? u64(bytes, 4) : null) : bytes.length >= 8 ? u32(bytes, 4) : null;
      }
    } else if (box.type === 'trak' && !video) {
      const mdia = child(readAt, box, 'mdia');
      const hdlr = mdia && child(readAt, mdia, 'hdlr');
      const handler = hdlr ? payload(readAt, hdlr, 12) : undefined;
      if (!mdia || !handler || handler.length < 12 || fourcc(handler, 8) !== 'vide') continue;
      const tkhd = child(readAt, box, 'tkhd');
      const mdhd = child(readAt, mdia, 'mdhd');
      const media = mdhd ? timing(payload(readAt, mdhd, 32)) : null;
      video = {
        size: tkhd ? trackSize(payload(readAt, tkhd, 100)) : null,
        seconds: media?.duration != null ? media.duration / media.timescale : null,
      };
    }
  }
  if (!video && !movie) return null;
  const movieSeconds = movie ? (movie.duration ?? fragmented) : null;
  const seconds = video?.seconds ?? (movie && movieSeconds !== null ? movieSeconds / movie.timescale : null);
  return { width: video?.size?.width ?? null, height: video?.size?.height ?? null, seconds: seconds === null ? null : round3(seconds) };
}

// ---- WebM / Matroska (EBML) ----

/** Info and Tracks come before the first Cluster; this much of the file holds them in practice. */
const WEBM_HEAD_BYTES = 256 * 1024;

const EBML = {
  segment: 0x18538067,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  tracks: 0x1654ae6b,
  trackEntry: 0xae,
  trackType: 0x83,
  video: 0xe0,
  pixelWidth: 0xb0,
  pixelHeight: 0xba,
  cluster: 0x1f43b675,
} as const;

interface Element {
  readonly id: number;
  readonly start: number;
  /** Where it ends; the end of the data read when its size is unknown. */
  readonly end: number;
}

/** An EBML variable-length integer at `at`: its value (the length marker kept for ids) and width. */
function vint(bytes: Uint8Array, at: number, keepMarker: boolean): { value: number; width: number; allOnes: boolean } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const width = Math.clz32(first) - 23; // 1 for 1xxxxxxx ... 8 for 00000001
  if (at + width > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> width);
  let allOnes = value === 0xff >> width;
  for (let i = 1; i < width; i++) {
    value = value * 256 + bytes[at + i]!;
    allOnes &&= bytes[at + i] === 0xff;
  }
  return { value, width, allOnes };
}

function* elements(bytes: Uint8Array, from: number, to: number): Generator<Element> {
  let offset = from;
  for (let count = 0; offset < to && count < MAX_BOXES; count++) {
    const id = vint(bytes, offset, true);
    if (!id) return;
    const size = vint(bytes, offset + id.width, false);
    if (!size) return;
    const start = offset + id.width + size.width;
    const end = size.allOnes ? to : Math.min(start + size.value, to);
    yield { id: id.value, start, end };
    if (size.allOnes) return; // an element of unknown size runs to the end: nothing follows it here
    offset = start + size.value;
  }
}

function uint(bytes: Uint8Array, element: Element): number {
  let value = 0;
  for (let i = element.start; i < element.end; i++) value = value * 256 + bytes[i]!;
  return value;
}

function float(bytes: Uint8Array, element: Element): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset + element.start, element.end - element.start);
  if (view.byteLength === 4) return view.getFloat32(0);
  if (view.byteLength === 8) return view.getFloat64(0);
  return null;
}

function parseWebm(bytes: Uint8Array): VideoHeader | null {
  const segment = [...elements(bytes, 0, bytes.length)].find((element) => element.id === EBML.segment);
  if (!segment) return null;
  let scale = 1_000_000; // nanoseconds per tick, Matroska's default
  let ticks: number | null = null;
  let width: number | null = null;
  let height: number | null = null;
  for (const element of elements(bytes, segment.start, segment.end)) {
    if (element.id === EBML.cluster) break;
    if (element.id === EBML.info) {
      for (const field of elements(bytes, element.start, element.end)) {
        if (field.id === EBML.timecodeScale) scale = uint(bytes, field) || scale;
        else if (field.id === EBML.duration) ticks = float(bytes, field);
      }
    } else if (element.id === EBML.tracks && width === null) {
      for (const entry of elements(bytes, element.start, element.end)) {
        if (entry.id !== EBML.trackEntry) continue;
        const fields = [...elements(bytes, entry.start, entry.end)];
        const type = fields.find((field) => field.id === EBML.trackType);
        const video = fields.find((field) => field.id === EBML.video);
        if (!video || (type && uint(bytes, type) !== 1)) continue;
        for (const field of elements(bytes, video.start, video.end)) {
          if (field.id === EBML.pixelWidth) width = uint(bytes, field) || null;
          else if (field.id === EBML.pixelHeight) height = uint(bytes, field) || null;
        }
        break;
      }
    }
  }
  const seconds = ticks !== null && Number.isFinite(ticks) && ticks > 0 ? round3((ticks * scale) / 1e9) : null;
  if (width === null && height === null && seconds === null) return null;
  return { width, height, seconds };
}
