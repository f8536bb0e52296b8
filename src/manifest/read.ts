/** `readManifest`: the I/O edge of the reader. Reads the file and checks image references on disk. */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Manifest } from '../types.js';
import { inputImageProblem } from './image.js';
import { analyzeSteps, formatOf } from './parse.js';
import { ManifestError, ManifestReadStopped, type ManifestIssue, type ReadOptions } from './types.js';
import type { ImageReference } from './validate.js';

/**
 * Reads, parses and validates the manifest at `path`, then checks every input image (first_frame, last_frame, reference_images; see
 * `inputImageProblem`): paths are relative to the manifest's directory, and each must lead to an
 * image inside that directory or one of `options.inputDirs`. The manifest itself must be a regular
 * file named directly, not a symlink. Does no network. Gives the event loop a turn every few
 * hundred jobs, so a signal is heard during a long read; `options.signal` ends it.
 * @throws ManifestError with every issue found (an unreadable file is one issue at line 0).
 * @throws ManifestReadStopped once `options.signal` is aborted
 */
export async function readManifest(path: string, options: ReadOptions): Promise<Manifest> {
  const file = options.file ?? path;
  const { signal } = options;
  if (signal?.aborted) throw new ManifestReadStopped(signal.reason);
  let text: string;
  try {
    text = await readRegularFile(path);
  } catch (error) {
    throw new ManifestError([{ file, line: 0, message: readErrorMessage(error, path) }]);
  }
  const format = options.format ?? formatOf(path);
  const manifestDir = dirname(resolve(path));
  const matrix = format === 'csv' ? await matrixBeside(path, file) : undefined;
  const parsed = await cooperatively(analyzeSteps(text, { ...options, file, format, manifestDir, ...(matrix ? { matrix } : {}) }), signal);
  const roots = await imageRoots(manifestDir, options.inputDirs ?? [], file);
  const fileIssues = parsed.references.length === 0 ? [] : await checkReferences(parsed.references, file, roots);
  // A matrix file's issues (CSV) first, then the manifest's, each by line.
  const order = (issue: ManifestIssue): number => (issue.file === file ? 1 : 0);
  const issues = [...parsed.issues, ...fileIssues].sort((a, b) => order(a) - order(b) || a.line - b.line);
  if (issues.length > 0) {
    const beyond = options.alsoCheck?.(parsed.jobs) ?? [];
    throw new ManifestError([...issues, ...beyond.map((message) => ({ file, line: 0, message }))]);
  }
  const hasImage = (job: Manifest['jobs'][number]): boolean =>
    job.inputReference !== undefined || job.lastFrame !== undefined || job.referenceImages !== undefined;
  const jobs = parsed.jobs.map((job) => (hasImage(job) ? { ...job, inputRoots: roots } : job));
  return { file, jobs, ...(parsed.pricing ? { pricing: parsed.pricing } : {}), ...(parsed.models ? { models: parsed.models } : {}) };
}

/** Runs a step generator, giving the event loop a turn between steps (signals, timers) and stopping when `signal` aborts. */
async function cooperatively<T>(steps: Generator<void, T>, signal: AbortSignal | undefined): Promise<T> {
  for (;;) {
    if (signal?.aborted) throw new ManifestReadStopped(signal.reason);
    const next = steps.next();
    if (next.done) return next.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * The text of the manifest, read only when `path` itself is a regular file: a symlink could point
 * the reader (and its error messages) at a secret such as /proc/self/environ, and a FIFO or device
 * would never end.
 */
async function readRegularFile(path: string): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (!stats.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREGULAR' });
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * The matrix of a CSV manifest: `prompts.matrix.yaml` beside `prompts.csv`, when there is one
 * (a CSV has no place for it). `file` is how messages name the manifest; the matrix file is named alike.
 */
async function matrixBeside(path: string, file: string): Promise<{ file: string; text: string } | undefined> {
  const besidePath = path.replace(/\.csv$/i, '.matrix.yaml');
  const besideFile = file.replace(/\.csv$/i, '.matrix.yaml');
  try {
    return { file: besideFile, text: await readRegularFile(besidePath) };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw new ManifestError([{ file: besideFile, line: 0, message: readErrorMessage(error, besidePath).replace('the manifest', 'the matrix file') }]);
  }
}

/** Real paths of the folders input images may come from: the manifest's and each allowed one. */
async function imageRoots(manifestDir: string, inputDirs: readonly string[], file: string): Promise<string[]> {
  const roots = [await realpath(manifestDir)];
  for (const dir of inputDirs) {
    try {
      roots.push(await realpath(resolve(dir)));
    } catch {
      throw new ManifestError([{ file, line: 0, message: `the input folder ${dir} does not exist (check --input-dir or the action's input-dir)` }]);
    }
  }
  return roots;
}

async function checkReferences(references: readonly ImageReference[], file: string, roots: readonly string[]): Promise<ManifestIssue[]> {
  // A reference from `defaults` is shared by many jobs: check (and report) it once.
  const unique = new Map(references.map((reference) => [`${reference.line}\u0000${reference.path}`, reference]));
  const checks = [...unique.values()].map(async (reference): Promise<ManifestIssue | undefined> => {
    const message = await inputImageProblem(reference.path, { roots });
    if (message === undefined) return undefined;
    const { line, job, row, field } = reference;
    return { file, line, ...(row !== undefined ? { row } : {}), ...(job !== undefined ? { job } : {}), field, message };
  });
  return (await Promise.all(checks)).filter((issue): issue is ManifestIssue => issue !== undefined);
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
    case 'ELOOP':
      return 'cannot read the manifest: it is a symlink; give the path of the manifest file itself';
    case 'ENOTREGULAR':
      return 'cannot read the manifest: it is not a regular file (a pipe, device or socket); give the path of a .yaml, .yml or .csv file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read the manifest: permission denied';
    default:
      // The code only: a message could quote what the file holds.
      return `cannot read the manifest (${errorCode(error) ?? 'unknown error'})`;
  }
}
