import { execFileSync } from 'node:child_process';

/** The CLI and action tests run dist/ as users do, so build it from the current source first. */
export default function setup(): void {
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}
