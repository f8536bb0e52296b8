import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../src/simulate.js';
import { installedTools } from './tools.js';

const T0 = 1_700_000_000_000;
let now = T0;
let sim: Simulator | undefined;
const hasFfprobe = installedTools().ffprobe;

async function setup(options: SimulatorOptions = {}): Promise<OpenAI> {
  now = T0;
  sim = await startSimulator({ now: () => now, queueMs: 0, generationMs: 100, ...options });
  return new OpenAI({ apiKey: 'sk-test', baseURL: sim.url, maxRetries: 0 });
}

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

interface Box {
  readonly type: string;
  readonly start: number;
  readonly size: number;
  /** Offset of the payload. */
  readonly body: number;
}

/** Reads the boxes between `start` and `end`, checking that their sizes tile the range exactly. */
function boxes(bytes: Buffer, start = 0, end = bytes.length): Box[] {
  const found: Box[] = [];
  let offset = start;
  while (offset < end) {
    let size = bytes.readUInt32BE(offset);
    let header = 8;
    if (size === 1) {
      size = Number(bytes.readBigUInt64BE(offset + 8));
      header = 16;
    }
    expect(size).toBeGreaterThanOrEqual(header);
    found.push({ type: bytes.toString('latin1', offset + 4, offset + 8), start: offset, size, body: offset + header });
    offset += size;
  }
  expect(offset).toBe(end);
  return found;
}

function child(bytes: Buffer, parent: Box, type: string, skip = 0): Box {
  const match = boxes(bytes, parent.body + skip, parent.start + parent.size).find((box) => box.type === type);
  if (!match) throw new Error(`no ${type} in ${parent.type}`);
  return match;
}

function path(bytes: Buffer, types: readonly string[]): Box {
  const top = boxes(bytes).find((box) => box.type === types[0]);
  if (!top) throw new Error(`no ${types[0]}`);
  return types.slice(1).reduce((box, type) => child(bytes, box, type), top);
}

async function download(client: OpenAI, id: string, variant?: 'thumbnail' | 'spritesheet'): Promise<{ bytes: Buffer; response: Response }> {
  const response = await client.videos.downloadContent(id, variant ? { variant } : {});
  return { bytes: Buffer.from(await response.arrayBuffer()), response };
}

describe('simulated video content', () => {
  it('is an MP4 with ftyp first, moov and mdat, whose box sizes add up to the file', async () => {
    const client = await setup();
    const video = await client.videos.create({ prompt: 'a lighthouse', seconds: '8' });
    now += 1000;
    const { bytes, response } = await download(client, video.id);
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);

    expect(boxes(bytes).map((box) => box.type)).toEqual(['ftyp', 'moov', 'mdat']);
    const mvhd = path(bytes, ['moov', 'mvhd']);
    const timescale = bytes.readUInt32BE(mvhd.body + 12);
    expect(bytes.readUInt32BE(mvhd.body + 16) / timescale).toBe(8);

    const stbl = path(bytes, ['moov', 'trak', 'mdia', 'minf', 'stbl']);
    const stsd = child(bytes, stbl, 'stsd');
    const avc1 = child(bytes, stsd, 'avc1', 8);
    expect(child(bytes, avc1, 'avcC', 78).size).toBeGreaterThan(8);
    const stsz = child(bytes, stbl, 'stsz');
    const sampleCount = bytes.readUInt32BE(stsz.body + 8);
    const sampleBytes = Array.from({ length: sampleCount }, (_, i) => bytes.readUInt32BE(stsz.body + 12 + 4 * i)).reduce((a, b) => a + b, 0);
    const chunkOffset = bytes.readUInt32BE(child(bytes, stbl, 'stco').body + 8);
    const mdat = path(bytes, ['mdat']);
    expect(sampleCount).toBeGreaterThan(1);
    expect(chunkOffset).toBe(mdat.body);
    expect(chunkOffset + sampleBytes).toBeLessThanOrEqual(mdat.start + mdat.size);
  });

  it('differs between videos and is the same for the same video every time', async () => {
    const client = await setup();
    const a = await client.videos.create({ prompt: 'same prompt' });
    const b = await client.videos.create({ prompt: 'same prompt' });
    now += 1000;
    const first = await download(client, a.id);
    const again = await download(client, a.id);
    const other = await download(client, b.id);
    expect(first.bytes.equals(again.bytes)).toBe(true);
    expect(first.bytes.equals(other.bytes)).toBe(false);
  });

  it('serves a WebP thumbnail and a JPEG spritesheet, as OpenAI does', async () => {
    const client = await setup();
    const video = await client.videos.create({ prompt: 'previews', size: '1280x720' });
    now += 1000;
    const sheet = await download(client, video.id, 'spritesheet');
    expect(sheet.response.headers.get('content-type')).toBe('image/jpeg');
    expect([...sheet.bytes.subarray(0, 2), ...sheet.bytes.subarray(-2)]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
    const thumbnail = await download(client, video.id, 'thumbnail');
    expect(thumbnail.response.headers.get('content-type')).toBe('image/webp');
    const webp = thumbnail.bytes;
    expect([webp.toString('latin1', 0, 4), webp.toString('latin1', 8, 16), webp[20]]).toEqual(['RIFF', 'WEBPVP8L', 0x2f]);
    const bits = webp.readUInt32LE(21);
    expect((bits & 0x3fff) + 1).toBeGreaterThan(((bits >>> 14) & 0x3fff) + 1); // landscape
  });

  it('pads mdat up to contentBytes and streams every byte', async () => {
    const client = await setup({ contentBytes: 3_000_000 });
    const video = await client.videos.create({ prompt: 'big file' });
    now += 1000;
    const { bytes, response } = await download(client, video.id);
    expect(response.headers.get('content-length')).toBe('3000000');
    expect(bytes.length).toBe(3_000_000);
    expect(boxes(bytes).map((box) => box.type)).toEqual(['ftyp', 'moov', 'mdat']);
  });

  it.skipIf(!hasFfprobe)('is accepted by ffprobe as H.264 with the requested duration', async () => {
    const client = await setup();
    const video = await client.videos.create({ prompt: 'probe me', model: 'sora-2-pro', seconds: '4', size: '1792x1024' });
    now += 1000;
    const { bytes } = await download(client, video.id);
    const dir = mkdtempSync(join(tmpdir(), 'simulator-content-'));
    try {
      const file = join(dir, 'video.mp4');
      writeFileSync(file, bytes);
      const probe = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,width,height,nb_frames:format=duration', '-of', 'json', file], { encoding: 'utf8' });
      expect(probe.status).toBe(0);
      const parsed = JSON.parse(probe.stdout) as { streams: Array<{ codec_name: string; width: number; height: number }>; format: { duration: string } };
      expect(parsed.streams[0]).toMatchObject({ codec_name: 'h264', width: 112, height: 64 });
      expect(Number(parsed.format.duration)).toBeCloseTo(4, 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
