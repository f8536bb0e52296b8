import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Pieces are gathered to about this many characters per write: few syscalls, flat memory. */
const BATCH_CHARS = 64 * 1024;

/**
 * Writes a file through a temporary sibling and a rename, so readers never see half of it.
 * `data` may come in pieces (a generator), so a large report never has to exist as one string.
 */
export async function writeAtomic(path: string, data: string | Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx');
  try {
    if (typeof data === 'string') await handle.writeFile(data);
    else {
      let batch = '';
      for (const piece of data) {
        batch += piece;
        if (batch.length >= BATCH_CHARS) {
          await handle.writeFile(batch);
          batch = '';
        }
      }
      if (batch !== '') await handle.writeFile(batch);
    }
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await rename(temp, path);
}
