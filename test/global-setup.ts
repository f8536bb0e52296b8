import { execFileSync } from 'node:child_process';
import { distIsFresh, stampDist } from './build-stamp.js';
import { installedTools, skippedNote } from './tools.js';

/**
 * The CLI and action tests run dist/ as users do, so build it from the current source first,
 * unless dist/ is already what that build would write (see build-stamp.ts).
 */
export default function setup(): () => void {
  const root = process.cwd();
  if (distIsFresh(root)) {
    process.stderr.write('dist/ is already built from the current source: build skipped\n');
  } else {
    execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
    stampDist(root);
  }
  const note = skippedNote(installedTools());
  // Said after the run's summary too, where it is read: a skipped test must never look like a pass.
  if (note) process.stderr.write(`${note}\n`);
  return () => {
    if (note) process.stderr.write(`\n${note}\n`);
  };
}
