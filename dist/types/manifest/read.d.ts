import type { Manifest } from '../types.js';
import { type ReadOptions } from './types.js';
/**
 * Reads, parses and validates the manifest at `path`, then checks every input image (first_frame, last_frame, reference_images; see
 * `inputImageProblem`): paths are relative to the manifest's directory, and each must lead to an
 * image inside that directory or one of `options.inputDirs`. The manifest itself must be a regular
 * file named directly, not a symlink. Does no network. Gives the event loop a turn every few
 * hundred jobs, so a signal is heard during a long read; `options.signal` ends it.
 * @throws ManifestError with every issue found (an unreadable file is one issue at line 0).
 * @throws ManifestReadStopped once `options.signal` is aborted
 */
export declare function readManifest(path: string, options: ReadOptions): Promise<Manifest>;
