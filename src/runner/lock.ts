import { createHash, randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { ConfigError } from '../errors.js';

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
  /** `/proc/sys/kernel/random/boot_id`: no process outlives a reboot. */
  readonly bootId?: string;
  /** Field 22 of `/proc/<pid>/stat` (start time after boot): tells the run from a process that reused its pid. */
  readonly procStart?: string;
  /** Unique per lock file, so each stale lock has exactly one takeover. */
  readonly token?: string;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** This boot of the machine, where Linux says it. */
export function bootId(): string | undefined {
  return readText('/proc/sys/kernel/random/boot_id')?.trim() || undefined;
}

/** When `pid` started (clock ticks after boot), where /proc says it. */
export function processStart(pid: number): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces: count after the last ')'.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the run that wrote `owner` may still be running. A process on another host cannot be
 * checked, so it counts as running. On this host: not after a reboot (boot id), not when its pid
 * is gone, and not when its pid now belongs to a process that started at another time (pid reuse;
 * a container where every run is pid 1). Without /proc (or an older lock), a live pid counts.
 */
function ownerRuns(owner: Partial<LockOwner>, host: string, boot: string | undefined): boolean {
  if (owner.host !== undefined && owner.host !== host) return true;
  if (typeof owner.pid !== 'number') return false;
  if (owner.bootId !== undefined && boot !== undefined && owner.bootId !== boot) return false;
  if (!alive(owner.pid)) return false;
  const started = owner.procStart === undefined ? undefined : processStart(owner.pid);
  return started === undefined || started === owner.procStart;
}

function parseOwner(text: string): Partial<LockOwner> {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null ? (value as Partial<LockOwner>) : {};
  } catch {
    return {}; // torn or empty: written by an older version that died between open and write
  }
}

/** Creates `path` holding `text`, atomically and never over an existing file; false when it exists. */
function createWith(path: string, text: string): boolean {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, text);
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

function replaceWith(path: string, text: string): void {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Makes `text` the content of `path`: creates it, or replaces a stale owner's file. Only the
 * process that creates `<path>.takeover-<token of that file>` may replace it (the same rule, one
 * level down, takes over a marker whose owner died), and it checks the file is unchanged first,
 * so of many processes that find one stale lock exactly one proceeds.
 * Returns the live owner when one holds it.
 */
function claim(path: string, text: string, here: { host: string; boot: string | undefined }, depth: number): Partial<LockOwner> | undefined {
  for (let tries = 0; tries < 200; tries++) {
    if (createWith(path, text)) return undefined;
    const found = readText(path);
    if (found === undefined) continue; // released meanwhile
    const owner = parseOwner(found);
    if (ownerRuns(owner, here.host, here.boot)) return owner;
    if (depth >= 3) break;
    const marker = `${path}.takeover-${owner.token ?? createHash('sha256').update(found).digest('hex').slice(0, 16)}`;
    if (claim(marker, text, here, depth + 1) !== undefined) {
      pause(10); // another process is taking it over right now
      continue;
    }
    try {
      if (readText(path) === found) {
        replaceWith(path, text);
        return undefined;
      }
    } finally {
      rmSync(marker, { force: true });
    }
  }
  throw new ConfigError(`could not take the lock ${path}; if no video-batch run is using the folder, delete it (and any ${path}.takeover-* beside it)`);
}

/**
 * Takes `<outDir>/.video-batch.lock` so two runs never interleave on one folder. A lock left by a
 * run that no longer runs on this host (a kill -9, a reboot, a pid now used by another process) is
 * taken over, by exactly one of the runs that find it. Returns the release function.
 * @throws ConfigError when another live run holds the folder.
 */
export function lockFolder(path: string, now: () => number = Date.now): () => void {
  const here = { host: hostname(), boot: bootId() };
  const start = processStart(process.pid);
  const me: LockOwner = {
    pid: process.pid,
    host: here.host,
    startedAt: new Date(now()).toISOString(),
    ...(here.boot === undefined ? {} : { bootId: here.boot }),
    ...(start === undefined ? {} : { procStart: start }),
    token: randomBytes(12).toString('hex'),
  };
  const owner = claim(path, JSON.stringify(me), here, 0);
  if (owner) {
    throw new ConfigError(
      `another video-batch run (pid ${owner.pid ?? '?'} on ${owner.host ?? '?'}, started ${owner.startedAt ?? '?'}) is using this output folder; ` +
        `wait for it to finish, or use another --out (if it is gone, delete ${path})`,
    );
  }
  // Only our own lock is removed: one taken over by another run (ours judged gone) stays.
  return () => {
    if (parseOwner(readText(path) ?? '').token === me.token) rmSync(path, { force: true });
  };
}
