/**
 * `npm run bench:discovery`: 200 fal jobs on 4 endpoints (50 each) against the simulator's fal
 * queue and Platform API, run twice with one cache folder. Prints, per model, the discovery
 * requests that named it (at most one Models and one Pricing request per run with a cold cache,
 * none with a warm one), and the requests per job of each run.
 * Options: --jobs 200 --concurrency 20 --generation 2 (seconds)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { run } from '../src/run.js';
import { startSimulator } from '../src/simulate.js';

const { values } = parseArgs({ options: { jobs: { type: 'string', default: '200' }, concurrency: { type: 'string', default: '20' }, generation: { type: 'string', default: '2' } } });
const N = Number(values.jobs);
const MODELS = [
  ['fal-ai/kling-video/v2.5-turbo/pro/text-to-video', 'seconds: 5, size: 1280x720'],
  ['fal-ai/minimax/hailuo-02/standard/text-to-video', 'seconds: 6'],
  ['fal-ai/bytedance/seedance/v1/pro/text-to-video', 'size: 854x480'],
  ['fal-ai/veo3.1/fast', 'seconds: 8, audio: false'],
] as const;

const dir = await mkdtemp(join(tmpdir(), 'video-batch-bench-discovery-'));
const sim = await startSimulator({ generationMs: Number(values.generation) * 1000, queueMs: 100 });
try {
  const lines = ['defaults: {provider: fal}', 'jobs:'];
  for (let i = 0; i < N; i++) {
    const [model, fields] = MODELS[i % MODELS.length]!;
    lines.push(`  - {id: job-${i}, model: ${model}, prompt: "Benchmark shot ${i}", ${fields}}`);
  }
  const manifest = join(dir, 'bench.yaml');
  await writeFile(manifest, `${lines.join('\n')}\n`);
  const env = { FAL_KEY: 'bench-key', FAL_BASE_URL: `${sim.origin}/fal`, FAL_PLATFORM_URL: `${sim.origin}/fal-platform/v1`, XDG_CACHE_HOME: join(dir, 'cache') };

  for (const label of ['cold cache', 'warm cache']) {
    const before = sim.stats.requests.length;
    const named = new Map<string, number>(MODELS.map(([model]) => [model, 0]));
    // Passes every request through; counts the discovery requests that name each model.
    const counting: typeof fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname.startsWith('/fal-platform/')) for (const id of url.searchParams.getAll('endpoint_id')) named.set(id, (named.get(id) ?? 0) + 1);
      return fetch(input, init);
    };
    const started = Date.now();
    const result = await run(
      { manifest, outDir: join(dir, `out-${label.split(' ')[0]}`), concurrency: Number(values.concurrency), dryRun: false, download: true, timeoutSeconds: 600, failOn: 'any', simulate: false, poll: { minIntervalMs: 200, maxIntervalMs: 2000 } },
      { env, log: () => {}, print: () => {}, fetch: counting, progress: null },
    );
    const requests = sim.stats.requests.slice(before);
    const discovery = requests.filter((r) => r.route === 'discovery').length;
    console.log(`\n${label}: ${N} jobs on ${MODELS.length} fal models, exit ${result.exitCode}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const [model, count] of named) console.log(`  discovery requests naming ${model}: ${count}`);
    console.log(`  discovery requests in all: ${discovery}`);
    console.log(`  requests per job: ${(requests.length / N).toFixed(2)} (${requests.length} requests; ${requests.filter((r) => r.route === 'create').length} creates)`);
  }
} finally {
  await sim.close();
  await rm(dir, { recursive: true, force: true });
}
