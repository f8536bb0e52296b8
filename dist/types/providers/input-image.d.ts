/** The input image as a provider sends it: checked again right before upload (see manifest/image.ts). */
import { type InputImage } from '../manifest/image.js';
/**
 * Reads a job's `input_reference` for upload, inside `roots` when the reader gave them.
 * @throws ProviderError `client` (never retried) when the file is no longer a sendable image
 */
export declare function uploadImage(path: string, roots?: readonly string[], field?: string): Promise<InputImage>;
