#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from './errors.js';
import { ManifestError } from './manifest/index.js';
import { DEFAULT_OUT_DIR, exitCodeFor, run, type FailOn } from './run.js';
import { mergeReportFiles } from './report/merge.js';
import { parseShard } from './shard.js';
import { startSimulator } from './simulator/index.js';
import { chooseDisplay } from './display/choose.js';
import { tuneGarbageCollector } from './memory.js';
import { ASSET_VARIANTS, parseVariantList, type AssetVariant } from './providers/types.js';
import { JOB_OUTCOMES, PROVIDER_NAMES, type ProviderName } from './types.js';

const HELP = `video-batch: generate every video in a manifest, check it, collect it, report it.

Usage:
  video-batch run <manifest.yaml|manifest.csv> [options]
  video-batch merge <report.json>... --out DIR   merge the reports of every shard into one
  video-batch simulate [--port N]        serve the built-in Videos API simulator

Options for run:
  --out DIR             output folder (default ${DEFAULT_OUT_DIR})
  --concurrency N       jobs in flight at once (default 4)
  --provider NAME       provider where the manifest names none: ${PROVIDER_NAMES.join(', ')} (default openai)
  --model NAME          model where the manifest names none
  --base-url URL        API base URL for the openai shapes (default $OPENAI_BASE_URL, else OpenAI)
  --input-dir DIR       a folder input_reference images may also come from (repeatable; default
                        only the manifest's folder)
  --timeout SECONDS     per job, from submit to result (default 3600; 0 = none)
  --fail-on any|all|never  exit 1 when any job fails (default), only when all fail, or never
  --no-download         leave finished videos on the server
  --variants LIST       what to fetch per video: video plus thumbnail (default video,thumbnail),
                        spritesheet on request; the thumbnail is the gallery's poster
  --dry-run             check the manifest, print the plan and its estimated cost; send nothing
  --max-cost USD        refuse to start when the estimated cost of new jobs exceeds USD
  --fresh               start over: ignore (and keep aside) the ledger of earlier runs
  --regenerate-expired  create again the jobs whose video expired before it was downloaded (pays again)
  --simulate            run against a built-in simulator on 127.0.0.1 (no key, no cost)
  --shard I/N           run only shard I of N (stable by job id; a remix runs with its source)
  -q, --quiet           no progress display, only warnings, the report's path and the counts
  -h, --help            this help

Progress is redrawn in place on a terminal, one line per change elsewhere; NO_COLOR turns colour off.
Keys come from the environment (OPENAI_API_KEY, or a manifest's api_key_env); never pass them as flags.
Exit codes: 0 every job completed, 1 a job failed (per --fail-on), 2 usage or manifest error
(nothing sent), 130/143 stopped by SIGINT/SIGTERM (report written; run again to finish).`;

class UsageError extends ConfigError {}

function parseCount(value: string | undefined, flag: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new UsageError(`${flag} takes a whole number of ${min} or more (got "${value}")`);
  return n;
}

/** `video,thumbnail,spritesheet` -> the preview images to fetch (the video itself is always fetched). */
function parseVariants(value: string | undefined): AssetVariant[] {
  if (value === undefined) return ['thumbnail'];
  const { variants, unknown } = parseVariantList(value);
  if (unknown.length > 0) throw new UsageError(`--variants takes a list of video, ${ASSET_VARIANTS.join(', ')} (got "${unknown.join(',')}")`);
  return variants;
}

function parseUsd(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/^\$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new UsageError(`--max-cost takes an amount in USD, e.g. 25 or 12.50 (got "${value}")`);
  return n;
}

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string' },
      concurrency: { type: 'string' },
      provider: { type: 'string' },
      model: { type: 'string' },
      'base-url': { type: 'string' },
      'input-dir': { type: 'string', multiple: true },
      timeout: { type: 'string' },
      'fail-on': { type: 'string' },
      'no-download': { type: 'boolean' },
      'max-cost': { type: 'string' },
      fresh: { type: 'boolean' },
      'regenerate-expired': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      simulate: { type: 'boolean' },
      shard: { type: 'string' },
      variants: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (command === 'simulate') return simulate(parseCount(values.port, '--port', 8787, 0));
  if (command === 'merge') return merge(rest, values.out, values['fail-on'] ?? 'any');
  if (command !== 'run') throw new UsageError(command ? `unknown command "${command}"; try --help` : 'no command given; try --help');
  if (rest.length !== 1) throw new UsageError(rest.length === 0 ? 'run needs a manifest path, e.g. video-batch run prompts.yaml' : `run takes one manifest (got ${rest.length})`);
  const failOn = values['fail-on'] ?? 'any';
  if (failOn !== 'any' && failOn !== 'all' && failOn !== 'never') throw new UsageError(`--fail-on takes any, all or never (got "${failOn}")`);
  const provider = values.provider;
  if (provider !== undefined && !(PROVIDER_NAMES as readonly string[]).includes(provider)) {
    throw new UsageError(`--provider takes one of ${PROVIDER_NAMES.join(', ')} (got "${provider}")`);
  }

  // First signal: stop submitting, write the report, exit 130/143. Second: exit at once.
  const controller = new AbortController();
  let signalCode = 0;
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(name === 'SIGINT' ? 130 : 143);
    signalCode = name === 'SIGINT' ? 130 : 143;
    process.stderr.write(`\n${name}: stopping; writing the report (again to quit at once)\n`);
    controller.abort(new Error(name));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const variants = parseVariants(values.variants);
  const display = chooseDisplay({ stream: process.stderr, env: process.env, quiet: values.quiet ?? false });
  const result = await run(
    {
      manifest: rest[0]!,
      inputDirs: values['input-dir'] ?? [],
      outDir: values.out ?? DEFAULT_OUT_DIR,
      concurrency: parseCount(values.concurrency, '--concurrency', 4, 1),
      provider: provider as ProviderName | undefined,
      model: values.model,
      baseUrl: values['base-url'],
      timeoutSeconds: parseCount(values.timeout, '--timeout', 3600, 0),
      failOn: failOn as FailOn,
      download: !values['no-download'],
      variants,
      dryRun: values['dry-run'] ?? false,
      simulate: values.simulate ?? false,
      maxCostUsd: parseUsd(values['max-cost']),
      fresh: values.fresh ?? false,
      regenerateExpired: values['regenerate-expired'] ?? false,
      ...(values.shard !== undefined ? { shard: parseShard(values.shard, '--shard') } : {}),
    },
    {
      env: process.env,
      log: display.log,
      progress: display.progress,
      print: (line) => process.stdout.write(`${line}\n`),
      signal: controller.signal,
    },
  ).finally(display.stop);
  if (result.report) {
    const s = result.report.summary;
    const parts = JOB_OUTCOMES.filter((o) => s[o] > 0).map((o) => `${s[o]} ${o.replace('_', ' ')}`);
    process.stderr.write(`${parts.join(', ') || 'no jobs'}\n`);
  }
  // After a stop, leave now: the report is written and no timer (a create's grace) may hold us.
  if (signalCode) process.exit(signalCode);
  return result.exitCode;
}

async function merge(paths: readonly string[], out: string | undefined, failOn: string): Promise<number> {
  if (paths.length === 0) throw new UsageError('merge needs the report.json of every shard, e.g. video-batch merge shards/*/report.json --out merged');
  if (out === undefined) throw new UsageError('merge needs --out DIR for the merged report.json, report.md and report.html');
  if (failOn !== 'any' && failOn !== 'all' && failOn !== 'never') throw new UsageError(`--fail-on takes any, all or never (got "${failOn}")`);
  const merged = await mergeReportFiles(paths, out);
  process.stderr.write(`merged ${merged.merged.length} reports (${merged.report.summary.total} jobs): ${merged.reportJson}\n`);
  process.stderr.write(`gallery: ${merged.reportHtml} (its players point into each shard's folder: keep them beside it)\n`);
  return exitCodeFor(merged.report.jobs, failOn);
}

async function simulate(port: number): Promise<number> {
  const simulator = await startSimulator({ port });
  process.stderr.write(`simulator: ${simulator.url}  (OPENAI_BASE_URL=${simulator.url}; any key works; Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await simulator.close();
  return 0;
}

tuneGarbageCollector();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ManifestError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
    } else if (error instanceof TypeError && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${error.message}; try --help\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`video-batch: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 3;
    }
  },
);
