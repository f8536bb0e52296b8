import { openSync, closeSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { ConfigError } from '../errors.js';

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
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
 * Takes `<outDir>/.video-batch.lock` so two runs never interleave on one folder. A lock left by a
 * process that no longer runs on this host (a kill -9) is taken over. Returns the release function.
 * @throws ConfigError when another live run holds the folder.
 */
export function lockFolder(path: string, now: () => number = Date.now): () => void {
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date(now()).toISOString() };
  for (let tries = 0; tries < 2; tries++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner: Partial<LockOwner> = {};
    try {
      owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    } catch {
      // torn or empty: the writer died between open and write
    }
    const sameHost = owner.host === undefined || owner.host === me.host;
    if (sameHost && (typeof owner.pid !== 'number' || !alive(owner.pid))) {
      rmSync(path, { force: true });
      continue;
    }
    throw new ConfigError(
      `another video-batch run (pid ${owner.pid ?? '?'} on ${owner.host ?? '?'}, started ${owner.startedAt ?? '?'}) is using this output folder; ` +
        `wait for it to finish, or use another --out (if it is gone, delete ${path})`,
    );
  }
  throw new ConfigError(`could not take the lock ${path}; delete it if no run is using the folder`);
}
