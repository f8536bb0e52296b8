import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveStream } from '../src/runner/download.js';
import { ProviderError } from '../src/providers/types.js';
import { JobStop } from '../src/runner/result.js';
import { useResources } from './helpers.js';

function bodyOf(chunks: Uint8Array[], failAfter?: Error): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (failAfter) controller.error(failAfter);
      else controller.close();
    },
  });
}

describe('saveStream', () => {
  const use = useResources();
  const folder = async (): Promise<string> => (await use.folder()).dir;

  it('writes every byte to the destination and nothing else', async () => {
    const dir = await folder();
    const bytes = await saveStream({ body: bodyOf([new Uint8Array([1, 2, 3]), new Uint8Array([4])]), contentLength: 4 }, join(dir, 'a.mp4'), new AbortController().signal);
    expect(bytes).toBe(4);
    expect(await readdir(dir)).toEqual(['a.mp4']);
  });

  // The source fails before the first write: the temporary file must be gone when saveStream
  // rejects, not created a moment later by a write stream that was still opening.
  it('leaves no .part file when the body breaks before the file is even open, however often it happens', async () => {
    const dir = await folder();
    for (let i = 0; i < 500; i += 1) {
      const chunks = i % 2 === 0 ? [] : [new Uint8Array(64 * 1024), new Uint8Array(64 * 1024)];
      const failing = saveStream({ body: bodyOf(chunks, new TypeError('terminated')), contentLength: 1 << 20 }, join(dir, `v${i}.mp4`), new AbortController().signal);
      await expect(failing).rejects.toBeInstanceOf(ProviderError);
      expect(await readdir(dir)).toEqual([]);
    }
  });

  it('calls a transfer short of content-length a retryable connection error and keeps no file', async () => {
    const dir = await folder();
    const short = saveStream({ body: bodyOf([new Uint8Array(10)]), contentLength: 20 }, join(dir, 'b.mp4'), new AbortController().signal);
    await expect(short).rejects.toMatchObject({ kind: 'connection' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('ends the job as write_failed when the disk refuses the file, and lets go of the connection', async () => {
    const dir = await folder();
    const notAFolder = join(dir, 'file');
    await writeFile(notAFolder, 'x');
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(10));
      },
      cancel() {
        cancelled = true;
      },
    });
    const failing = saveStream({ body }, join(notAFolder, 'v.mp4'), new AbortController().signal);
    await expect(failing).rejects.toBeInstanceOf(JobStop);
    await expect(failing).rejects.toMatchObject({ outcome: 'failed', info: { code: 'write_failed' } });
    await expect(failing).rejects.toThrow(/cannot write .*file\/v\.mp4 .*ENOTDIR.*not paid for twice/);
    expect(cancelled).toBe(true);
  });
});
