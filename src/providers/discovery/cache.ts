/**
 * Discovery answers kept on disk per provider, discovery URL and model, for 24 hours, in the
 * user's cache folder (`$XDG_CACHE_HOME/video-batch`, else `~/.cache/video-batch`), so a run asks
 * the vendor about a model at most once a day. A file that cannot be read or parsed is a miss:
 * the cache can only save requests, never stop a run.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ProviderName } from '../../types.js';
import type { Env } from '../module.js';
import type { ModelFacts } from './facts.js';

/** How long an answer stands. */
export const DISCOVERY_TTL_MS = 24 * 60 * 60 * 1000;

/** `$XDG_CACHE_HOME/video-batch`, else `~/.cache/video-batch` (`home` is injectable for tests). */
export function defaultCacheDir(env: Env, home: () => string = homedir): string {
  const xdg = env.XDG_CACHE_HOME?.trim();
  return join(xdg ? xdg : join(home(), '.cache'), 'video-batch');
}

export interface DiscoveryCacheOptions {
  /** The cache folder; discovery answers go in its `discovery/` subfolder. */
  readonly dir: string;
  /** Epoch milliseconds. */
  readonly now: () => number;
  /** @default DISCOVERY_TTL_MS */
  readonly ttlMs?: number;
}

interface Entry {
  readonly version: 1;
  readonly provider: string;
  readonly where: string;
  readonly model: string;
  /** Epoch milliseconds of the answer. */
  readonly storedAt: number;
  readonly facts: ModelFacts;
}

/** One run's view of the cache folder (no state shared between runs but the files). */
export class DiscoveryCache {
  private readonly ttlMs: number;
  constructor(private readonly options: DiscoveryCacheOptions) {
    this.ttlMs = options.ttlMs ?? DISCOVERY_TTL_MS;
  }

  private file(provider: ProviderName, where: string, model: string): string {
    const key = createHash('sha256').update(`${provider}\u0000${where}\u0000${model}`).digest('hex').slice(0, 40);
    return join(this.options.dir, 'discovery', `${key}.json`);
  }

  /** The facts stored for the model within the last 24 hours, else undefined. */
  async get(provider: ProviderName, where: string, model: string): Promise<ModelFacts | undefined> {
    let entry: Entry;
    try {
      entry = JSON.parse(await readFile(this.file(provider, where, model), 'utf8')) as Entry;
    } catch {
      return undefined;
    }
    // A hash collision or a file from another version is a miss, not someone else's facts.
    if (entry.version !== 1 || entry.provider !== provider || entry.where !== where || entry.model !== model) return undefined;
    const age = this.options.now() - entry.storedAt;
    return age >= 0 && age < this.ttlMs ? entry.facts : undefined;
  }

  /** Stores the facts (atomically: a reader never sees half a file); a failure to write is ignored. */
  async set(provider: ProviderName, where: string, facts: ModelFacts): Promise<void> {
    const path = this.file(provider, where, facts.model);
    const entry: Entry = { version: 1, provider, where, model: facts.model, storedAt: this.options.now(), facts };
    try {
      await mkdir(join(this.options.dir, 'discovery'), { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(entry));
      await rename(temp, path);
    } catch {
      // A read-only home or a full disk costs a request next time, nothing more.
    }
  }
}
