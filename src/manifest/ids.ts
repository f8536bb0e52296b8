/**
 * Job ids: file-name-safe stems for given ids, and stable derived ids for jobs that give none.
 */
import { createHash } from 'node:crypto';

/** Longest stem `fileStem` returns; leaves room for an extension and a suffix within common limits. */
export const MAX_STEM_LENGTH = 100;
const HASH_LENGTH = 8;
// `@` joins a job id to its matrix variant (`fox@veo-fast`); every common file system takes it.
const SAFE_STEM = /^[A-Za-z0-9_][A-Za-z0-9._@-]*$/;
// Device names Windows refuses as file names, with or without an extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

function shortHash(text: string, length: number): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}

/** Letters and digits of `text` in ASCII lower case (accents dropped), words joined by `-`. */
function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * Maps an id to a stem that is safe as a file name on every common file system: only
 * [A-Za-z0-9._-], no leading dot or dash, never `.`/`..`, no trailing dot, at most
 * MAX_STEM_LENGTH characters. An id that is already safe is returned unchanged; any other id gets a
 * short hash of the original appended, so distinct ids keep distinct stems.
 * Callers should still compare stems case-insensitively (macOS and Windows fold case).
 */
export function fileStem(id: string): string {
  const safe =
    SAFE_STEM.test(id) && id.length <= MAX_STEM_LENGTH && !id.endsWith('.') && !WINDOWS_RESERVED.test(id);
  if (safe) return id;
  const readable = id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, MAX_STEM_LENGTH - HASH_LENGTH - 2) // room for `-<hash>` and a possible `_` prefix
    .replace(/^[.-]+/, '')
    .replace(/[.-]+$/, '');
  const stem = `${readable === '' ? 'job' : readable}-${shortHash(id, HASH_LENGTH)}`;
  // `NUL.txt-1a2b3c4d` is still a device name to Windows: what counts is the part before the dot.
  return WINDOWS_RESERVED.test(stem) ? `_${stem}` : stem;
}

const SLUG_WORDS = 6;
const SLUG_LENGTH = 40;

/** The first few words of a prompt as a lower-case slug, e.g. `red-fox-running-through-snow`. */
export function promptSlug(prompt: string): string {
  const words = asciiWords(prompt).slice(0, SLUG_WORDS);
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > SLUG_LENGTH) break;
    slug = next;
  }
  if (slug === '') slug = (words[0] ?? '').slice(0, SLUG_LENGTH);
  return slug === '' ? 'job' : slug;
}

/**
 * `value` with the keys of every object in it sorted (arrays keep their order), so two spellings
 * of one request (`{seed, negative_prompt}`, `{negative_prompt, seed}`) are one value. Pure.
 */
export function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, sortedKeys(record[key])]));
}

/** JSON of `value` with every object's keys sorted: what identities (ids, fingerprints) hash. Pure. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortedKeys(value));
}

/**
 * The id of a job that gives none: a slug of the prompt plus a short hash of the prompt and the
 * parameters that shape the video, e.g. `red-fox-running-through-snow-3f9a1c`. The same job text
 * always gives the same id, whatever else the manifest holds.
 */
export function derivedId(prompt: string, parameters: readonly (string | number | undefined)[]): string {
  return `${promptSlug(prompt)}-${shortHash(JSON.stringify([prompt, ...parameters]), 6)}`;
}

/**
 * Names handed out one by one, each `base` or else `base-2`, `base-3`, ...: the first not yet
 * taken. Remembers where each base's numbering got to, so taking n copies of one name costs n
 * steps, not n² (a matrix may name thousands of variants alike, many jobs may share a prompt).
 */
export class FreeNames {
  private readonly next = new Map<string, number>();

  /** `taken`: the names already used; names taken here join it. @default an empty set */
  constructor(private readonly taken: Set<string> = new Set()) {}

  has(name: string): boolean {
    return this.taken.has(name);
  }

  /** Marks `name` as used (an id a user chose). */
  add(name: string): void {
    this.taken.add(name);
  }

  /** `base`, else `base-2`, `base-3`...: the first not yet taken, which is taken from now on. */
  take(base: string): string {
    let name = base;
    if (this.taken.has(base)) {
      // Names only ever join the set, so every number below `next` is still taken.
      let n = this.next.get(base) ?? 2;
      while (this.taken.has(`${base}-${n}`)) n++;
      this.next.set(base, n + 1);
      name = `${base}-${n}`;
    }
    this.taken.add(name);
    return name;
  }
}
