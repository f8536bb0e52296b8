/**
 * A minimal ISO BMFF (MP4) writer for one H.264 video track: ftyp, moov (mvhd, trak with a
 * complete sample table), then mdat. moov comes first so players can start before the end.
 */
import type { H264Stream } from './h264.js';

export interface Mp4Options {
  /** Display size in pixels (the H.264 stream's cropped size). */
  readonly width: number;
  readonly height: number;
  /** Duration of each frame in milliseconds. */
  readonly frameDurationMs: number;
  /**
   * The size the track header presents the picture at (players scale to it): the size the API was
   * asked for, while the stream itself stays small and cheap.
   * @default width and height
   */
  readonly display?: { readonly width: number; readonly height: number };
  /**
   * Pad mdat with zero bytes (after the samples, unreferenced) until the file has this many bytes.
   * @default 0 (no padding)
   */
  readonly padToBytes?: number;
}

/** An MP4 file as a small prefix (everything but the padding) plus a count of trailing zero bytes. */
export interface Mp4File {
  /** ftyp + moov + mdat header + samples. */
  readonly prefix: Uint8Array;
  /** Zero bytes that follow the prefix inside mdat; stream them, don't allocate them. */
  readonly paddingBytes: number;
  readonly totalBytes: number;
}

const TIMESCALE = 1000;
const UNITY_MATRIX = [0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000];

type Part = Uint8Array | readonly Part[];

function flatten(part: Part, out: Uint8Array[]): void {
  if (part instanceof Uint8Array) out.push(part);
  else for (const child of part) flatten(child, out);
}

function concat(parts: readonly Part[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  flatten(parts, chunks);
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function u8(value: number): Uint8Array {
  return Uint8Array.of(value & 0xff);
}

function u16(value: number): Uint8Array {
  return Uint8Array.of((value >>> 8) & 0xff, value & 0xff);
}

function u32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value >>> 0);
  return out;
}

function fourcc(code: string): Uint8Array {
  return Uint8Array.from(code, (char) => char.charCodeAt(0));
}

function zeros(count: number): Uint8Array {
  return new Uint8Array(count);
}

function box(type: string, ...payload: Part[]): Uint8Array {
  const body = concat(payload);
  return concat([u32(body.length + 8), fourcc(type), body]);
}

function fullBox(type: string, version: number, flags: number, ...payload: Part[]): Uint8Array {
  return box(type, u8(version), u8(flags >>> 16), u16(flags & 0xffff), ...payload);
}

function matrix(): Uint8Array {
  return concat(UNITY_MATRIX.map(u32));
}

function avcConfiguration(stream: H264Stream): Uint8Array {
  const { sps, pps } = stream;
  return box(
    'avcC',
    u8(1), // configurationVersion
    u8(sps[1] ?? 0), // AVCProfileIndication
    u8(sps[2] ?? 0), // profile_compatibility
    u8(sps[3] ?? 0), // AVCLevelIndication
    u8(0xfc | 3), // lengthSizeMinusOne: 4-byte NAL lengths
    u8(0xe0 | 1), // one SPS
    u16(sps.length),
    sps,
    u8(1), // one PPS
    u16(pps.length),
    pps,
  );
}

function sampleDescription(stream: H264Stream, width: number, height: number): Uint8Array {
  const compressorName = zeros(32);
  const avc1 = box(
    'avc1',
    zeros(6),
    u16(1), // data_reference_index
    zeros(16), // pre_defined, reserved, pre_defined[3]
    u16(width),
    u16(height),
    u32(0x00480000), // 72 dpi
    u32(0x00480000),
    u32(0),
    u16(1), // frame_count
    compressorName,
    u16(0x0018), // depth
    u16(0xffff), // pre_defined = -1
    avcConfiguration(stream),
  );
  return fullBox('stsd', 0, 0, u32(1), avc1);
}

function movie(stream: H264Stream, sampleSizes: readonly number[], options: Mp4Options, chunkOffset: number): Uint8Array {
  const { width, height, frameDurationMs } = options;
  const display = options.display ?? { width, height };
  const sampleCount = sampleSizes.length;
  const duration = sampleCount * frameDurationMs;
  const sampleTable = box(
    'stbl',
    sampleDescription(stream, width, height),
    fullBox('stts', 0, 0, u32(1), u32(sampleCount), u32(frameDurationMs)),
    fullBox('stsc', 0, 0, u32(1), u32(1), u32(sampleCount), u32(1)), // one chunk holds every sample
    fullBox('stsz', 0, 0, u32(0), u32(sampleCount), sampleSizes.map(u32)),
    fullBox('stco', 0, 0, u32(1), u32(chunkOffset)),
  );
  const mediaInformation = box(
    'minf',
    fullBox('vmhd', 0, 1, u16(0), zeros(6)),
    box('dinf', fullBox('dref', 0, 0, u32(1), fullBox('url ', 0, 1))),
    sampleTable,
  );
  const media = box(
    'mdia',
    fullBox('mdhd', 0, 0, u32(0), u32(0), u32(TIMESCALE), u32(duration), u16(0x55c4 /* 'und' */), u16(0)),
    fullBox('hdlr', 0, 0, u32(0), fourcc('vide'), zeros(12), fourcc('VideoHandler'), u8(0)),
    mediaInformation,
  );
  const track = box(
    'trak',
    fullBox('tkhd', 0, 3, u32(0), u32(0), u32(1), u32(0), u32(duration), zeros(8), u16(0), u16(0), u16(0), u16(0), matrix(), u32(display.width * 65536), u32(display.height * 65536)),
    media,
  );
  return box(
    'moov',
    fullBox('mvhd', 0, 0, u32(0), u32(0), u32(TIMESCALE), u32(duration), u32(0x00010000), u16(0x0100), zeros(10), matrix(), zeros(24), u32(2)),
    track,
  );
}

/**
 * Lays out an MP4 file for the stream. Samples are stored with 4-byte length prefixes (avcC).
 * @throws RangeError when the stream has no frames
 */
export function writeMp4(stream: H264Stream, options: Mp4Options): Mp4File {
  if (stream.frames.length === 0) throw new RangeError('writeMp4 needs at least one frame');
  const samples = stream.frames.map((nal) => concat([u32(nal.length), nal]));
  const sampleBytes = samples.reduce((sum, sample) => sum + sample.length, 0);
  const fileType = box('ftyp', fourcc('isom'), u32(0x200), fourcc('isom'), fourcc('iso2'), fourcc('avc1'), fourcc('mp41'));
  const sizes = samples.map((sample) => sample.length);
  // The chunk offset has a fixed width, so moov's size doesn't depend on its value.
  const moovLength = movie(stream, sizes, options, 0).length;
  const unpadded = fileType.length + moovLength + 8 + sampleBytes;
  const wanted = Math.max(options.padToBytes ?? 0, unpadded);
  const largeSize = wanted - fileType.length - moovLength > 0xffffffff;
  const headerLength = largeSize ? 16 : 8;
  const totalBytes = Math.max(wanted, unpadded + headerLength - 8);
  const mdatLength = totalBytes - fileType.length - moovLength;
  const mdatHeader = largeSize
    ? concat([u32(1), fourcc('mdat'), u32(Math.floor(mdatLength / 2 ** 32)), u32(mdatLength % 2 ** 32)])
    : concat([u32(mdatLength), fourcc('mdat')]);
  const moov = movie(stream, sizes, options, fileType.length + moovLength + headerLength);
  const prefix = concat([fileType, moov, mdatHeader, samples]);
  return { prefix, paddingBytes: totalBytes - prefix.length, totalBytes };
}
