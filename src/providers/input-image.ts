/** The input image as a provider sends it: checked again right before upload (see manifest/image.ts). */
import { InputImageError, readInputImage, type InputImage } from '../manifest/image.js';
import { ProviderError } from './types.js';

/**
 * Reads a job's `input_reference` for upload, inside `roots` when the reader gave them.
 * @throws ProviderError `client` (never retried) when the file is no longer a sendable image
 */
export async function uploadImage(path: string, roots?: readonly string[], field = 'input_reference'): Promise<InputImage> {
  try {
    return await readInputImage(path, roots === undefined ? {} : { roots });
  } catch (error) {
    if (error instanceof InputImageError) throw new ProviderError('client', `${field}: ${error.message}`, { code: 'bad_input_reference' });
    throw new ProviderError('client', `cannot read ${field} ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
