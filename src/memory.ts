import { setFlagsFromString } from 'node:v8';

/**
 * Keeps a long run's memory near what it really holds. Every HTTP request (undici's fetch, web
 * streams, the SDK) leaves tens of kilobytes of short-lived garbage; V8's defaults let the young
 * generation grow to tens of megabytes and the old one to ~4x the live set before collecting, so
 * a 10,000-job run peaked near 300 MB with ~35 MB alive. Both flags are GC heuristics V8 reads
 * whenever it sizes a space, so setting them at startup takes effect (measured on Node 20 and 24,
 * docs/benchmarks.md); the price is more frequent collections, CPU seconds against a run that
 * waits on the server for hours. Called by the CLI and action entries only: a library has no
 * business changing its host's GC.
 */
export function tuneGarbageCollector(): void {
  // Collect the old generation when it is 25% above what survived the last collection.
  setFlagsFromString('--heap-growing-percent=25');
  // Keep the young generation at its initial size instead of doubling it under load.
  setFlagsFromString('--semi-space-growth-factor=1');
}
