/** `readManifest`: the I/O edge of the reader. Reads the file and checks image references on disk. */
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Manifest } from '../types.js';
import { analyzeManifest, formatOf } from './parse.js';
import { ManifestError, type ManifestIssue, type ReadOptions } from './types.js';
import type { ImageReference } from './validate.js';

/**
 * Reads, parses and validates the manifest at `path`, then checks that every `input_reference`
 * is an existing regular file. `input_reference` paths are relative to the manifest's directory.
 * Does no network.
 * @throws ManifestError with every issue found (an unreadable file is one issue at line 0).
 */
export async function readManifest(path: string, options: ReadOptions): Promise<Manifest> {
  const file = options.file ?? path;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ManifestError([{ file, line: 0, message: readErrorMessage(error, path) }]);
  }
  const format = options.format ?? formatOf(path);
  const parsed = analyzeManifest(text, { ...options, file, format, manifestDir: dirname(resolve(path)) });
  const fileIssues = await checkReferences(parsed.references, file);
  const issues = [...parsed.issues, ...fileIssues].sort((a, b) => a.line - b.line);
  if (issues.length > 0) throw new ManifestError(issues);
  return { file, jobs: parsed.jobs, ...(parsed.pricing ? { pricing: parsed.pricing } : {}), ...(parsed.models ? { models: parsed.models } : {}) };
}

async function checkReferences(references: readonly ImageReference[], file: string): Promise<ManifestIssue[]> {
  // A reference from `defaults` is shared by many jobs: check (and report) it once.
  const unique = new Map(references.map((reference) => [`${reference.line}\u0000${reference.path}`, reference]));
  const checks = [...unique.values()].map(async (reference): Promise<ManifestIssue | undefined> => {
    const message = await imageProblem(reference.path);
    if (message === undefined) return undefined;
    const { line, job, row } = reference;
    return { file, line, ...(row !== undefined ? { row } : {}), ...(job !== undefined ? { job } : {}), field: 'input_reference', message };
  });
  return (await Promise.all(checks)).filter((issue): issue is ManifestIssue => issue !== undefined);
}

async function imageProblem(path: string): Promise<string | undefined> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? undefined : `${path} is not a regular file; give the path of an image`;
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') {
      return `no file at ${path} (input_reference paths are relative to the manifest's directory)`;
    }
    return `cannot read ${path} (${errorCode(error) ?? String(error)})`;
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function readErrorMessage(error: unknown, path: string): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return isAbsolute(path)
        ? `cannot read the manifest: no file at ${path}`
        : `cannot read the manifest: no such file (relative paths start from ${process.cwd()})`;
    case 'EISDIR':
      return 'cannot read the manifest: this is a directory; give the path of a .yaml, .yml or .csv file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read the manifest: permission denied';
    default:
      return `cannot read the manifest: ${error instanceof Error ? error.message : String(error)}`;
  }
}
