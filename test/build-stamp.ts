/**
 * Whether dist/ is what `scripts/build.mjs` makes from the source as it is now, so `npm test` can
 * skip a build (about 8 s of CPU, mostly tsc) that would change nothing. The stamp pairs a hash
 * of every build input with a hash of the dist/ that build wrote: an edited source, another
 * esbuild or TypeScript, or a dist/ changed by hand or by git all miss it, and the build runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the build reads: the source, the build script and its configs, and the installed tools. */
const INPUTS = ['src', 'scripts/build.mjs', 'tsconfig.json', 'tsconfig.lib.json', 'package.json', 'node_modules/.package-lock.json'];
/** What the build writes (build.mjs empties dist/types first, so every file there is its own). */
const OUTPUTS = ['dist/cli.js', 'dist/index.js', 'dist/lib.js', 'dist/types'];

function files(root: string, path: string): string[] {
  const full = join(root, path);
  // A missing input is hashed as missing, so its appearing changes the hash.
  if (!existsSync(full) || !statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

/** One hash over the names and bytes of every file under `paths` (a missing one hashed as such). */
export function treeHash(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths.flatMap((p) => files(root, p))) {
    const full = join(root, path);
    hash.update(`${path}\0`);
    hash.update(existsSync(full) ? readFileSync(full) : '\0missing\0');
  }
  return hash.digest('hex');
}

interface Stamp {
  readonly inputs: string;
  readonly outputs: string;
}

function stampPath(root: string): string {
  // node_modules/.cache is where tools keep what can be thrown away; one stamp per checkout.
  const key = createHash('sha256').update(root).digest('hex').slice(0, 12);
  return join(root, 'node_modules', '.cache', 'video-batch-test', `dist-${key}.json`);
}

/** True when dist/ under `root` is exactly what the last build made from the inputs as they are now. */
export function distIsFresh(root: string): boolean {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(stampPath(root), 'utf8')) as Stamp;
  } catch {
    return false;
  }
  return stamp.inputs === treeHash(root, INPUTS) && stamp.outputs === treeHash(root, OUTPUTS);
}

/** Records that dist/ under `root` was just built from its inputs as they are now. */
export function stampDist(root: string): void {
  const path = stampPath(root);
  mkdirSync(join(path, '..'), { recursive: true });
  const stamp: Stamp = { inputs: treeHash(root, INPUTS), outputs: treeHash(root, OUTPUTS) };
  writeFileSync(path, `${JSON.stringify(stamp)}\n`);
}
