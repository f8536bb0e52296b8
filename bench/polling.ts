/**
 * `npm run bench`: video-batch against the naive loop (create, retrieve every second, download),
 * in one run, on the same simulated server. Time is scaled so a 60 s generation takes 60 x scale s.
 * Prints makespan / ideal, requests per job, detection latency, CPU and peak RSS, and the ratios.
 * Options: --jobs 50 --concurrency 10 --queue 5 --generation 60 --scale 0.05 --rpm 0 --no-download
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { parseArgs } from 'node:util';
import OpenAI from 'openai';
import pLimit from 'p-limit';
import { tuneGarbageCollector } from '../src/memory.js';
import { run } from '../src/run.js';
import type { ChildStats } from './sim-child.js';

// Measure what the CLI and the action run with (both call this first).
tuneGarbageCollector();

const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '10' },
    queue: { type: 'string', default: '5' },
    generation: { type: 'string', default: '60' },
    scale: { type: 'string', default: '0.05' },
    rpm: { type: 'string', default: '0' },
    'no-download': { type: 'boolean', default: false },
    'skip-baseline': { type: 'boolean', default: false },
  },
});
const N = Number(values.jobs);
const C = Number(values.concurrency);
const scale = Number(values.scale);
const queueMs = Number(values.queue) * 1000 * scale;
const generationMs = Number(values.generation) * 1000 * scale;
const rpm = Number(values.rpm);
const download = !values['no-download'];
const second = 1000 * scale; // one second of scaled time

interface Figures {
  name: string;
  makespanMs: number;
  stats: ChildStats;
  cpuSeconds: number;
  peakRssMb: number;
  failed: number;
}

async function withSimulator<T>(body: (url: string, stats: () => Promise<ChildStats>) => Promise<T>): Promise<T> {
  const options = { queueMs, generationMs, contentBytes: 0, ...(rpm > 0 ? { rateLimit: { requestsPerMinute: rpm } } : {}) };
  const child: ChildProcess = fork(new URL('./sim-child.ts', import.meta.url).pathname, [JSON.stringify(options)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve) => child.once('message', (m: { url: string }) => resolve(m.url)));
  const stats = () =>
    new Promise<ChildStats>((resolve) => {
      child.once('message', (m: { stats: ChildStats }) => resolve(m.stats));
      child.send({ type: 'stats' });
    });
  try {
    return await body(url, stats);
  } finally {
    child.send({ type: 'close' });
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** Runs `body` while sampling this process's RSS; returns its wall time, CPU and peak RSS. */
async function measure(body: () => Promise<number>): Promise<{ makespanMs: number; cpuSeconds: number; peakRssMb: number; failed: number }> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const failed = await body();
  const makespanMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { makespanMs, cpuSeconds: (used.user + used.system) / 1e6, peakRssMb: peak / 2 ** 20, failed };
}

const prompts = Array.from({ length: N }, (_, i) => `Benchmark clip ${i}: a product turntable, studio light`);

async function videoBatch(): Promise<Figures> {
  const dir = await mkdtemp(join(tmpdir(), 'vb-bench-'));
  try {
    const manifest = join(dir, 'm.yaml');
    await writeFile(manifest, prompts.map((p, i) => `- {id: b${i}, prompt: "${p}"}`).join('\n') + '\n');
    return await withSimulator(async (url, stats) => {
      const m = await measure(async () => {
        const result = await run(
          {
            manifest,
            outDir: join(dir, 'out'),
            concurrency: C,
            baseUrl: url,
            dryRun: false,
            download,
            timeoutSeconds: 0,
            failOn: 'never',
            simulate: false,
            poll: { minIntervalMs: second, maxIntervalMs: 20 * second },
            retry: { baseDelayMs: 0.5 * second, maxDelayMs: 30 * second },
          },
          { env: { OPENAI_API_KEY: 'sk-bench' }, log: () => {}, print: () => {}, progress: null },
        );
        return result.report!.summary.total - result.report!.summary.completed;
      });
      return { name: 'video-batch', ...m, stats: await stats() };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function baseline(): Promise<Figures> {
  const dir = await mkdtemp(join(tmpdir(), 'vb-bench-'));
  try {
    return await withSimulator(async (url, stats) => {
      const client = new OpenAI({ apiKey: 'sk-bench', baseURL: url });
      const limit = pLimit(C);
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const m = await measure(async () => {
        const outcomes = await Promise.all(
          prompts.map((prompt, i) =>
            limit(async () => {
              try {
                let video = await client.videos.create({ prompt, model: 'sora-2' });
                while (video.status !== 'completed' && video.status !== 'failed') {
                  await sleep(second);
                  video = await client.videos.retrieve(video.id);
                }
                if (video.status === 'failed') return false;
                if (download) {
                  const response = await client.videos.downloadContent(video.id);
                  await pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), createWriteStream(join(dir, `b${i}.mp4`)));
                }
                return true;
              } catch {
                return false;
              }
            }),
          ),
        );
        return outcomes.filter((ok) => !ok).length;
      });
      return { name: 'naive loop', ...m, stats: await stats() };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const idealMs = Math.ceil(N / C) * (queueMs + generationMs);
const rows: Figures[] = [await videoBatch()];
if (!values['skip-baseline']) rows.push(await baseline());

const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const columns = (f: Figures) => {
  const p50 = percentile(f.stats.detectionMs, 50) / 1000 / scale;
  const p95 = percentile(f.stats.detectionMs, 95) / 1000 / scale;
  const utilisation = rpm > 0 ? (f.stats.requests - f.stats.rateLimited) / (rpm + (rpm * f.makespanMs) / 60_000) : Number.NaN;
  return {
    'makespan s': f.makespanMs / 1000,
    'makespan / ideal': f.makespanMs / idealMs,
    'requests / job': f.stats.requests / N,
    'detection p50 (scaled s)': p50,
    'detection p95 (scaled s)': p95,
    'CPU s': f.cpuSeconds,
    'peak RSS MB': f.peakRssMb,
    '429 answers': f.stats.rateLimited,
    'failed jobs': f.failed,
    'missed completions': f.stats.missedCompletions,
    ...(rpm > 0 ? { 'rate-limit use': utilisation } : {}),
  };
};
console.log(
  `jobs ${N}, concurrency ${C}, queue ${values.queue} s + generation ${values.generation} s (scaled x${scale}), ` +
    `ideal makespan ${fmt(idealMs / 1000)} s real, download ${download}, rpm limit ${rpm || 'none'}`,
);
const table = rows.map((r) => ({ name: r.name, ...columns(r) }));
const keys = Object.keys(table[0]!).filter((k) => k !== 'name');
const width = Math.max(...keys.map((k) => k.length));
console.log(`${''.padEnd(width)}  ${rows.map((r) => r.name.padStart(12)).join('  ')}${rows.length > 1 ? '  ratio vb/naive'.padStart(16) : ''}`);
for (const key of keys) {
  const cells = table.map((t) => (t as Record<string, number | string>)[key] as number);
  const ratio = rows.length > 1 && cells[1] ? fmt(cells[0]! / cells[1]!) : '';
  console.log(`${key.padEnd(width)}  ${cells.map((c) => fmt(c).padStart(12)).join('  ')}  ${ratio.padStart(14)}`);
}
