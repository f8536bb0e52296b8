import type { Manifest } from '../types.js';
import { type ReadOptions } from './types.js';
/**
 * Reads, parses and validates the manifest at `path`, then checks that every `input_reference`
 * is an existing regular file. `input_reference` paths are relative to the manifest's directory.
 * Does no network.
 * @throws ManifestError with every issue found (an unreadable file is one issue at line 0).
 */
export declare function readManifest(path: string, options: ReadOptions): Promise<Manifest>;
