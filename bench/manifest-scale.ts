/**
 * How the manifest reader's work grows with the job count: prints milliseconds per job for
 * manifests of 2,500 to 40,000 jobs (plain jobs with one prompt, and a matrix crossed with jobs).
 * Linear work keeps the figure flat. Printed, never asserted: the machine may be shared.
 * Run: node --import tsx bench/manifest-scale.ts
 */
import { parseManifest } from '../src/manifest/index.js';
import { checkJob, PROVIDER_TRAITS } from '../src/providers/catalog.js';

const options = { file: 'bench.yaml', manifestDir: '/bench', defaultModel: (p: keyof typeof PROVIDER_TRAITS) => PROVIDER_TRAITS[p].defaultModel, checkJob, maxJobs: 1_000_000 };

function plain(n: number): string {
  // One prompt for every job: derived ids all start alike (fox, fox-2, ...), the worst case for naming.
  return `defaults: {provider: seedance}\njobs:\n${'  - prompt: a fox\n'.repeat(n)}`;
}

function crossed(n: number): string {
  const keys = Array.from({ length: n / 10 }, (_, i) => `KEY_${i}`).join(', ');
  const jobs = Array.from({ length: 10 }, (_, i) => `  - {id: job${i}, prompt: prompt ${i}, remix_of: job0}\n`).join('').replace('job0, prompt: prompt 0, remix_of: job0', 'job0, prompt: prompt 0');
  return `defaults: {provider: openai, model: sora-2-pro}\nmodels: {sora-2-pro: {status: ga}}\nmatrix:\n  api_key_env: [${keys}]\njobs:\n${jobs}`;
}

for (const [label, make] of [['plain jobs, one prompt', plain], ['10 jobs × a matrix (with remixes)', crossed]] as const) {
  for (const n of [2_500, 5_000, 10_000, 20_000, 40_000]) {
    const text = make(n);
    const started = performance.now();
    const result = parseManifest(text, options);
    const ms = performance.now() - started;
    const jobs = result.ok ? result.manifest.jobs.length : `refused: ${result.issues[0]?.message}`;
    console.log(`${label}: ${String(n).padStart(6)} jobs -> ${jobs} in ${ms.toFixed(0).padStart(6)} ms, ${((ms / n) * 1000).toFixed(1)} µs per job`);
  }
}
