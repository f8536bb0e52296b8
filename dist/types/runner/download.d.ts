import { type DownloadBody } from '../providers/types.js';
import { type ExpectedContent } from './content.js';
/**
 * Streams a download to `dest` through a temporary file in the same folder and renames it
 * into place only when every byte arrived: a reader never sees a half-written video, and
 * memory stays flat whatever the size. Returns the bytes written.
 * With `expected`, the content type and first bytes must be that content (see content.ts), or the
 * transfer stops, no file is left, and the job ends as `bad_download` (a JobStop, not retried).
 * A transfer that ends short of `content-length` is a `connection` ProviderError (retryable); a
 * disk that refuses the file (full, read-only, no permission) ends the job as `write_failed`.
 */
export declare function saveStream(download: DownloadBody, dest: string, signal: AbortSignal, expected?: ExpectedContent): Promise<number>;
