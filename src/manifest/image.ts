/**
 * An `input_reference` image, judged when the manifest is read and again right before upload
 * (the file can change in between): a regular file (a symlink is followed and judged by where it
 * leads), inside an allowed folder, at most `MAX_INPUT_IMAGE_BYTES`, and starting with the bytes
 * of the image type its extension names. What is refused never leaves the machine.
 */
import { constants, type Stats } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { basename, extname, isAbsolute, relative, sep } from 'node:path';

/**
 * 20 MiB: Gemini takes inline data up to 20 MB per request, and a video's first frame is a few
 * MB at most; refusing early beats buffering a stray 1.5 GB file before the server refuses it.
 */
export const MAX_INPUT_IMAGE_BYTES = 20 * 1024 * 1024;

export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';

const TYPE_OF_EXTENSION: Readonly<Record<string, ImageType>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

const TYPE_NAME: Readonly<Record<ImageType, string>> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WebP' };

/** Enough bytes to tell PNG, JPEG and WebP apart. */
const HEAD_BYTES = 12;

/** The image type the first bytes of a file show (PNG, JPEG or WebP), if any. Pure. */
export function sniffImageType(head: Uint8Array): ImageType | undefined {
  const starts = (bytes: readonly number[], at = 0): boolean => bytes.every((byte, i) => head[at + i] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'; // RIFF....WEBP
  return undefined;
}

export interface InputImageRules {
  /**
   * Folders the file's real path must be inside (the manifest's folder and any the user allows).
   * @default no folder rule (the manifest reader has already checked it)
   */
  readonly roots?: readonly string[];
  /** @default MAX_INPUT_IMAGE_BYTES */
  readonly maxBytes?: number;
}

/** An input image that must not be sent; the message says why and what to do. */
export class InputImageError extends Error {
  override readonly name = 'InputImageError';
}

export interface InputImage {
  readonly bytes: Buffer;
  readonly mimeType: ImageType;
  /** The file name as the manifest names it, for a multipart upload. */
  readonly name: string;
}

/**
 * Checks the image at `path` without reading it whole (the manifest reader's check).
 * @returns why it cannot be sent, or undefined when it can
 */
export async function inputImageProblem(path: string, rules: InputImageRules = {}): Promise<string | undefined> {
  try {
    await inspect(path, rules, false);
    return undefined;
  } catch (error) {
    if (error instanceof InputImageError) return error.message;
    throw error;
  }
}

/**
 * Reads the image at `path` for upload, after checking it again.
 * @throws InputImageError when it is missing, not a regular file, outside `roots`, too big, or
 *   not the image type its extension names
 */
export async function readInputImage(path: string, rules: InputImageRules = {}): Promise<InputImage> {
  const { bytes, mimeType } = await inspect(path, rules, true);
  return { bytes, mimeType, name: basename(path) };
}

async function inspect(path: string, rules: InputImageRules, whole: boolean): Promise<{ bytes: Buffer; mimeType: ImageType }> {
  const claimed = TYPE_OF_EXTENSION[extname(path).toLowerCase()];
  if (claimed === undefined) throw new InputImageError(`${path} is not a .png, .jpg, .jpeg or .webp file; convert it to one of those`);
  const real = await realpath(path).catch((error: unknown) => {
    throw new InputImageError(fileErrorMessage(error, path));
  });
  const roots = rules.roots ?? [];
  if (roots.length > 0 && !roots.some((root) => inside(root, real))) {
    throw new InputImageError(
      `${path} leads outside the manifest's folder; input images must be inside it (or inside a folder given with --input-dir / the action's input-dir)`,
    );
  }
  // Virtual files (/proc/self/environ...) say they are regular and empty, then hand out secrets.
  if (/^\/(proc|sys|dev)(\/|$)/.test(real)) throw new InputImageError(`${path} is a system file, not an image; give the path of an image file`);
  // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: no swap to a symlink since realpath.
  const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch((error: unknown) => {
    throw new InputImageError(fileErrorMessage(error, path));
  });
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new InputImageError(`${path} is not a regular file; give the path of an image`);
    const maxBytes = rules.maxBytes ?? MAX_INPUT_IMAGE_BYTES;
    if (stats.size > maxBytes) throw new InputImageError(tooBig(path, stats, maxBytes));
    // Read at most one byte past the cap: a file that grew since stat is still refused.
    const bytes = await readUpTo(handle, whole ? maxBytes + 1 : HEAD_BYTES);
    if (bytes.length > maxBytes) throw new InputImageError(`${path} is larger than the ${mib(maxBytes)} limit for input images; resize or compress it`);
    const actual = sniffImageType(bytes);
    if (actual !== claimed) {
      const holds = actual === undefined ? 'its bytes are not an image' : `it holds a ${TYPE_NAME[actual]} image`;
      throw new InputImageError(`${path} is named as a ${TYPE_NAME[claimed]} image but ${holds}; give a real ${TYPE_NAME[claimed]} file or fix its extension`);
    }
    return { bytes, mimeType: claimed };
  } finally {
    await handle.close();
  }
}

async function readUpTo(handle: FileHandle, limit: number): Promise<Buffer> {
  const buffer = Buffer.alloc(limit);
  let filled = 0;
  while (filled < limit) {
    const { bytesRead } = await handle.read(buffer, filled, limit - filled, null);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}

function tooBig(path: string, stats: Stats, maxBytes: number): string {
  return `${path} is ${mib(stats.size)}; input images are limited to ${mib(maxBytes)} (resize or compress it)`;
}

function fileErrorMessage(error: unknown, path: string): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `no file at ${path} (input image paths are relative to the manifest's directory)`;
  if (code === 'ELOOP') return `${path} is a symlink loop`;
  return `cannot read ${path} (${code ?? (error instanceof Error ? error.message : String(error))})`;
}
