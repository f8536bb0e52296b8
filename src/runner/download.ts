import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { ProviderError, type DownloadBody } from '../providers/types.js';
import { JobStop } from './result.js';

/** Errors of this machine's disk, not of the transfer: retrying the download cannot help. */
const LOCAL_WRITE_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ENAMETOOLONG']);

/**
 * Streams a download to `dest` through a temporary file in the same folder and renames it
 * into place only when every byte arrived: a reader never sees a half-written video, and
 * memory stays flat whatever the size. Returns the bytes written.
 * A transfer that ends short of `content-length` is a `connection` ProviderError (retryable); a
 * disk that refuses the file (full, read-only, no permission) ends the job as `write_failed`.
 */
export async function saveStream(download: DownloadBody, dest: string, signal: AbortSignal): Promise<number> {
  const temp = `${dest}.${randomBytes(4).toString('hex')}.part`;
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      callback(null, chunk);
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
    if (error instanceof ProviderError || signal.aborted) throw error;
    if (LOCAL_WRITE_ERRORS.has((error as NodeJS.ErrnoException).code ?? '')) throw writeFailed(dest, error);
    // A reset mid-body surfaces from the stream, not from the SDK: same meaning, retryable.
    throw new ProviderError('connection', `download interrupted: ${error instanceof Error ? error.message : String(error)}`);
  }
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
