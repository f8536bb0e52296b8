/**
 * How the simulator's routes take an input image apart: a data URL or bare base64 decoded, its
 * bytes checked to be an image, and recorded (field, size, hash) so a test can tell that each file
 * arrived under the vendor's field name with its own bytes.
 */
import { createHash } from 'node:crypto';
import { sniffImageType } from '../manifest/image.js';
import type { InputImageRecord } from './stats.js';

/**
 * The record of one image sent inline, or why it is refused (the route answers 400 with it).
 * `value` is a `data:image/...;base64,` URL or, with `bare`, plain base64 (Google's `bytesBase64Encoded`).
 */
export function inlineImage(field: string, value: unknown, options: { readonly bare?: boolean; readonly mimeType?: unknown } = {}): InputImageRecord | string {
  if (typeof value !== 'string') return `${field} must be ${options.bare ? 'base64 text' : 'an image data URL'}`;
  let base64 = value;
  let declared = options.mimeType;
  if (!options.bare) {
    const match = /^data:(image\/[a-z]+);base64,(.*)$/s.exec(value);
    if (match === null) return `${field} must be a data:image/...;base64, URL`;
    declared = match[1];
    base64 = match[2] ?? '';
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return `${field} is not valid base64`;
  const bytes = Buffer.from(base64, 'base64');
  const type = sniffImageType(bytes);
  if (type === undefined) return `${field} does not hold a PNG, JPEG or WebP image`;
  if (declared !== undefined && declared !== type) return `${field} says ${String(declared)} but holds ${type}`;
  return imageRecord(field, bytes);
}

/** The record of image bytes received at `field`. */
export function imageRecord(field: string, bytes: Uint8Array): InputImageRecord {
  return { field, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}
