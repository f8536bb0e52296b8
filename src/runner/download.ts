import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { ProviderError, type DownloadBody } from '../providers/types.js';
import { contentProblem, describeHead, SIGNATURE_BYTES, type ExpectedContent } from './content.js';
import { JobStop } from './result.js';

/** Errors of this machine's disk, not of the transfer: retrying the download cannot help. */
const LOCAL_WRITE_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ENAMETOOLONG']);

/** Bytes of a download's start kept for the message when it is not what was asked for. */
const HEAD_KEPT = 200;

/**
 * Streams a download to `dest` through a temporary file in the same folder and renames it
 * into place only when every byte arrived: a reader never sees a half-written video, and
 * memory stays flat whatever the size. Returns the bytes written.
 * With `expected`, the content type and first bytes must be that content (see content.ts), or the
 * transfer stops, no file is left, and the job ends as `bad_download` (a JobStop, not retried).
 * A transfer that ends short of `content-length` is a `connection` ProviderError (retryable); a
 * disk that refuses the file (full, read-only, no permission) ends the job as `write_failed`.
 */
export async function saveStream(download: DownloadBody, dest: string, signal: AbortSignal, expected?: ExpectedContent): Promise<number> {
  const temp = `${dest}.${randomBytes(4).toString('hex')}.part`;
  let bytes = 0;
  let head = Buffer.alloc(0);
  let judged = expected === undefined;
  const judge = (ended: boolean): JobStop | undefined => {
    judged = true;
    const problem = contentProblem(expected!, download.contentType, head, ended);
    return problem === undefined ? undefined : badDownload(expected!, problem, head, ended ? bytes : download.contentLength);
  };
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (!judged) {
        head = Buffer.concat([head, chunk.subarray(0, Math.max(0, HEAD_KEPT - head.length))]);
        if (head.length >= SIGNATURE_BYTES) {
          const bad = judge(false);
          if (bad) return callback(bad);
        }
      }
      callback(null, chunk);
    },
    flush(callback) {
      callback(judged ? null : judge(true));
    },
  });
  // Open before streaming: a write stream opens lazily, so a source that fails at once would let
  // the cleanup below run before the file exists and the late open would leave a stray .part.
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(temp, 'wx');
  } catch (error) {
    await download.body.cancel().catch(() => undefined); // release the connection
    throw writeFailed(dest, error);
  }
  try {
    const source = Readable.fromWeb(download.body as NodeReadableStream<Uint8Array>);
    await pipeline(source, counter, handle.createWriteStream(), { signal });
    if (download.contentLength !== undefined && bytes !== download.contentLength) {
      throw new ProviderError('connection', `download ended after ${bytes} of ${download.contentLength} bytes`);
    }
    await rename(temp, dest);
    return bytes;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    if (error instanceof ProviderError || error instanceof JobStop || signal.aborted) throw error;
    if (LOCAL_WRITE_ERRORS.has((error as NodeJS.ErrnoException).code ?? '')) throw writeFailed(dest, error);
    // A reset mid-body surfaces from the stream, not from the SDK: same meaning, retryable.
    throw new ProviderError('connection', `download interrupted: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function badDownload(expected: ExpectedContent, problem: string, head: Buffer, size: number | undefined): JobStop {
  const what = expected === 'video' ? 'a video' : 'an image';
  const length = size === undefined || size === 0 ? '' : `, ${size} bytes`;
  const start = head.length === 0 ? '' : `, beginning ${describeHead(head)}`;
  return new JobStop('failed', {
    code: 'bad_download',
    message: `the download is not ${what}: ${problem}${length}${start}; ${expected === 'video' ? 'nothing was saved, and the next run downloads it again (it is not paid for twice)' : 'it was not saved'}`,
  });
}

function writeFailed(dest: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (!LOCAL_WRITE_ERRORS.has(code ?? '')) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new JobStop('failed', {
    code: 'write_failed',
    message: `cannot write ${dest} (${reason}); free disk space or fix the folder's permissions, then run again: the video stays on the server and is not paid for twice`,
  });
}
