import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseVideoHeader, readVideoHeader, videoDifferences, type ReadAt } from '../src/runner/video-header.js';
import { VideoAssets } from '../src/simulator/content.js';
import { tempDir } from './helpers.js';
import { installedTools } from './tools.js';

const assets = new VideoAssets();

/** The simulator's real MP4 for a size and length, as bytes. */
function simulatedMp4(size: string, seconds: number, id = `${size}-${seconds}`): Buffer {
  const file = assets.mp4({ id, seconds, size });
  return Buffer.concat([file.prefix, Buffer.alloc(file.paddingBytes)]);
}

/** A ReadAt over bytes in memory. */
function readerOf(bytes: Uint8Array): ReadAt {
  return (offset, length) => bytes.subarray(offset, offset + length);
}

/** The top-level boxes of an MP4 as [type, bytes]. */
function topBoxes(bytes: Buffer): [string, Buffer][] {
  const out: [string, Buffer][] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = bytes.readUInt32BE(at);
    out.push([bytes.toString('latin1', at + 4, at + 8), bytes.subarray(at, at + size)]);
    at += size;
  }
  return out;
}

describe('the header of a video file says its size and length', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir()));
  afterAll(() => cleanup?.());

  it('reads width, height and seconds of the simulator MP4s, landscape and portrait', async () => {
    for (const [size, seconds, width, height] of [
      ['1280x720', 4, 1280, 720],
      ['720x1280', 8, 720, 1280],
      ['1024x1792', 12, 1024, 1792],
    ] as const) {
      const path = join(dir, `${size}.mp4`);
      await writeFile(path, simulatedMp4(size, seconds));
      expect(readVideoHeader(path)).toEqual({ width, height, seconds });
    }
  });

  it('finds moov after mdat (a file not made for streaming), and through a 64-bit mdat size', () => {
    const boxes = topBoxes(simulatedMp4('1280x720', 4));
    const reordered = Buffer.concat([...boxes.filter(([type]) => type !== 'moov'), ...boxes.filter(([type]) => type === 'moov')].map(([, bytes]) => bytes));
    expect(topBoxes(reordered).map(([type]) => type)).toEqual(['ftyp', 'mdat', 'moov']);
    expect(parseVideoHeader(readerOf(reordered), reordered.length)).toEqual({ width: 1280, height: 720, seconds: 4 });

    // A 5 GB file: mdat gets a largesize header; read through a reader, never allocated.
    const bigFile = new VideoAssets({ contentBytes: 5 * 2 ** 30 }).mp4({ id: 'big', seconds: 4, size: '720x1280' });
    expect(bigFile.totalBytes).toBeGreaterThan(2 ** 32);
    const prefix = bigFile.prefix;
    const reader: ReadAt = (offset, length) => {
      const end = Math.min(offset + length, bigFile.totalBytes);
      const out = new Uint8Array(Math.max(0, end - offset));
      if (offset < prefix.length) out.set(prefix.subarray(offset, Math.min(end, prefix.length)));
      return out;
    };
    expect(parseVideoHeader(reader, bigFile.totalBytes)).toEqual({ width: 720, height: 1280, seconds: 4 });
  });

  it('turns the size when the track matrix rotates the picture a quarter (a phone video stored landscape)', () => {
    const bytes = Buffer.from(simulatedMp4('1280x720', 4));
    const tkhd = bytes.indexOf('tkhd', 0, 'latin1');
    const matrix = tkhd + 4 + 4 + 20 + 8 + 8; // type, version+flags, times+id+reserved+duration, reserved, layer..volume+reserved
    // 90°: a = 0, b = 1, c = -1, d = 0 (16.16 fixed point).
    bytes.writeInt32BE(0, matrix);
    bytes.writeInt32BE(0x10000, matrix + 4);
    bytes.writeInt32BE(-0x10000, matrix + 12);
    bytes.writeInt32BE(0, matrix + 16);
    expect(parseVideoHeader(readerOf(bytes), bytes.length)).toEqual({ width: 720, height: 1280, seconds: 4 });
  });

  it('reads a WebM file (EBML Info and Tracks, built here by the Matroska spec)', () => {
    // Sizes as 8-byte vints (0x01 then 7 bytes) keep the builder simple.
    const el = (id: number[], body: Buffer): Buffer => {
      const size = Buffer.alloc(8);
      size[0] = 0x01;
      size.writeUIntBE(body.length, 2, 6);
      return Buffer.concat([Buffer.from(id), size, body]);
    };
    const uint = (value: number, bytes: number): Buffer => {
      const out = Buffer.alloc(bytes);
      out.writeUIntBE(value, 0, bytes);
      return out;
    };
    const duration = Buffer.alloc(8);
    duration.writeDoubleBE(5040); // ticks of 1 ms
    const header = el([0x1a, 0x45, 0xdf, 0xa3], el([0x42, 0x82], Buffer.from('webm')));
    const info = el([0x15, 0x49, 0xa9, 0x66], Buffer.concat([el([0x2a, 0xd7, 0xb1], uint(1_000_000, 3)), el([0x44, 0x89], duration)]));
    const audio = el([0xae], Buffer.concat([el([0x83], uint(2, 1)), el([0xe1], el([0xb5], Buffer.alloc(4)))]));
    const video = el([0xae], Buffer.concat([el([0x83], uint(1, 1)), el([0xe0], Buffer.concat([el([0xb0], uint(720, 2)), el([0xba], uint(1280, 2))]))]));
    const tracks = el([0x16, 0x54, 0xae, 0x6b], Buffer.concat([audio, video]));
    const cluster = el([0x1f, 0x43, 0xb6, 0x75], Buffer.alloc(64));
    // A live-written Segment has an unknown size (all ones).
    const segment = Buffer.concat([Buffer.from([0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), info, tracks, cluster]);
    const file = Buffer.concat([header, segment]);
    expect(parseVideoHeader(readerOf(file), file.length)).toEqual({ width: 720, height: 1280, seconds: 5.04 });
  });

  it('says null for what is not a video, and never throws on damaged bytes', async () => {
    const text = join(dir, 'page.html');
    await writeFile(text, '<html>Service unavailable</html>');
    expect(readVideoHeader(text)).toBeNull();
    expect(readVideoHeader(join(dir, 'missing.mp4'))).toBeNull();
    const mp4 = simulatedMp4('1280x720', 4);
    for (let cut = 0; cut < 1200; cut += 7) {
      const part = mp4.subarray(0, cut);
      expect(() => parseVideoHeader(readerOf(part), part.length)).not.toThrow();
    }
    // A box claiming size 0 at the top runs to the end of the file; one claiming 3 bytes stops the walk.
    const zeroSized = Buffer.from(mp4);
    zeroSized.writeUInt32BE(3, 0);
    expect(parseVideoHeader(readerOf(zeroSized), zeroSized.length)).toBeNull();
  });

  it('flags a video of another size, orientation or length than asked, within an encoder\'s rounding', () => {
    const asked = { size: '1280x720', seconds: 8 };
    expect(videoDifferences(asked, { width: 1280, height: 720, seconds: 8.04 })).toEqual([]);
    expect(videoDifferences(asked, { width: 1280, height: 704, seconds: 8 })).toEqual([]);
    expect(videoDifferences(asked, { width: 720, height: 1280, seconds: 8 })).toEqual(['size']);
    expect(videoDifferences(asked, { width: 1920, height: 1080, seconds: 8 })).toEqual(['size']);
    expect(videoDifferences(asked, { width: 1280, height: 720, seconds: 5 })).toEqual(['seconds']);
    expect(videoDifferences(asked, { width: 720, height: 1280, seconds: 4 })).toEqual(['size', 'seconds']);
    // Nothing asked, or nothing measured: nothing to flag.
    expect(videoDifferences({ size: null, seconds: null }, { width: 720, height: 1280, seconds: 4 })).toEqual([]);
    expect(videoDifferences(asked, { width: null, height: null, seconds: null })).toEqual([]);
  });
});

describe.skipIf(!installedTools().ffprobe)('the header agrees with ffprobe on files ffmpeg makes', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir()));
  afterAll(() => cleanup?.());

  const ffmpeg = (args: string[]): void => {
    const result = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  };

  it('an H.264 MOV, an MP4 (moov at the end, as ffmpeg writes it), a WebM, and a phone video turned by its matrix', () => {
    const source = ['-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=10:duration=3'];
    const x264 = ['-c:v', 'libx264', '-preset', 'ultrafast'];
    // ffmpeg 5 writes a rotation into the matrix only on a stream copy.
    ffmpeg([...source, ...x264, join(dir, 'upright.mp4')]);
    const cases: [string, string[], { width: number; height: number }][] = [
      ['a.mov', [...source, ...x264], { width: 320, height: 240 }],
      ['b.mp4', [...source, ...x264], { width: 320, height: 240 }],
      ['c.webm', [...source, '-c:v', 'libvpx', '-deadline', 'realtime', '-b:v', '200k'], { width: 320, height: 240 }],
      ['d.mp4', ['-i', join(dir, 'upright.mp4'), '-c', 'copy', '-metadata:s:v:0', 'rotate=90'], { width: 240, height: 320 }],
    ];
    for (const [name, args, size] of cases) {
      const path = join(dir, name);
      ffmpeg([...args, path]);
      const header = readVideoHeader(path);
      expect(header, name).toMatchObject(size);
      expect(Math.abs(header!.seconds! - 3), name).toBeLessThan(0.1);
    }
  });
});
