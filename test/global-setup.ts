import { execFileSync } from 'node:child_process';
import { installedTools, skippedNote } from './tools.js';

/** The CLI and action tests run dist/ as users do, so build it from the current source first. */
export default function setup(): () => void {
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  const note = skippedNote(installedTools());
  // Said after the run's summary too, where it is read: a skipped test must never look like a pass.
  if (note) process.stderr.write(`${note}\n`);
  return () => {
    if (note) process.stderr.write(`\n${note}\n`);
  };
}
