#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigError } from './errors.js';
import { optionHelp, parseCommandLine, UsageError } from './cli-options.js';
import { resultLine, resumeCommand, stoppedLines } from './cli-outcome.js';
import { DEFAULT_MAX_JOBS, ManifestError, ManifestReadStopped } from './manifest/index.js';
import { DEFAULT_OUT_DIR, exitCodeFor, parseRetryUncertain, run, type FailOn, type RunOptions } from './run.js';
import { mergeReportFiles, parseReport } from './report/merge.js';
import { parsePicks, tallyLines, tallyPicks } from './report/picks.js';
import { pickedManifest, rejectedManifest, type WrittenManifest } from './report/picks-manifest.js';
import { parseShard } from './shard.js';
import { partialNote } from './report/report.js';
import { SIMULATED_MODEL_PROFILES, simulatorBaseUrl, startSimulator } from './simulate.js';
import { providerModule } from './providers/list.js';
import { chooseDisplay } from './display/choose.js';
import { tuneGarbageCollector } from './memory.js';
import { guardWorkflowCommands } from './workflow-text.js';
import { catalogJson, catalogProviders, catalogRows, catalogTable } from './providers/catalog-table.js';
import { DiscoveryCache, defaultCacheDir } from './providers/discovery/cache.js';
import { lookUpModel } from './providers/model-lookup.js';
import { refreshCatalog } from './providers/discovery/refresh.js';
import { ASSET_VARIANTS, parseVariantList, type AssetVariant } from './providers/types.js';
import { PROVIDER_NAMES, type ProviderName } from './types.js';

const HELP = `video-batch: generate every video in a manifest, check it, collect it, report it.

Usage:
  video-batch run <manifest.yaml|manifest.csv> [options]
  video-batch merge <report.json>... --out DIR   merge the reports of every shard into one
  video-batch simulate [--port N]        serve the built-in Videos API simulator
  video-batch models [--provider P] [--json] [--refresh]  the model catalog: status, limits, price, replacement
  video-batch models <model-id> [--provider P] [--refresh]  one model: its inputs, price, status
  video-batch picks <picks.json> --report <report.json>  wins per variant; manifests of the picks

Options for run:
${optionHelp('run')}

Options for merge (and --out DIR, --fail-on as for run):
${optionHelp('merge')}

Options for simulate:
${optionHelp('simulate')}

Options for models (and --provider P to keep one provider's rows):
${optionHelp('models')}

Options for picks:
${optionHelp('picks')}

Options for every command:
${optionHelp('any')}

Progress is redrawn in place on a terminal, one line per change elsewhere; NO_COLOR turns colour off.
The final counts and the reports' paths go to stdout, progress and warnings to stderr.
Keys come from the environment (OPENAI_API_KEY, or a manifest's api_key_env); never pass them as flags.
Exit codes: 0 every job completed, 1 a job failed (per --fail-on), 2 usage or manifest error
(nothing sent), 130/143 stopped by SIGINT/SIGTERM (report written; run again to finish).`;

function parseCount(value: string | undefined, flag: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`;
    throw new UsageError(`${flag} takes a whole number ${range} (got "${value}")`);
  }
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
  const { values, positionals } = parseCommandLine(argv);
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
  if (command === 'simulate') return simulate(parseCount(values.port, '--port', 8787, 0, 65535));
  if (command === 'models') return rest.length === 0 && values.refresh ? refreshModels(values.provider, values.json ?? false) : models(rest, values.provider, values.json ?? false, values.refresh ?? false);
  if (command === 'merge') return merge(rest, values.out, values['fail-on'] ?? 'any', values['allow-partial'] ?? false);
  if (command === 'picks') return picks(rest, values.report, values['write-manifest'], values.rejected);
  if (command !== 'run') throw new UsageError(command ? `unknown command "${command}"; try --help` : 'no command given; try --help');
  if (rest.length !== 1) throw new UsageError(rest.length === 0 ? 'run needs a manifest path, e.g. video-batch run prompts.yaml' : `run takes one manifest (got ${rest.length})`);
  const failOn = values['fail-on'] ?? 'any';
  if (failOn !== 'any' && failOn !== 'all' && failOn !== 'never') throw new UsageError(`--fail-on takes any, all or never (got "${failOn}")`);
  const provider = values.provider;
  if (provider !== undefined && !(PROVIDER_NAMES as readonly string[]).includes(provider)) {
    throw new UsageError(`--provider takes one of ${PROVIDER_NAMES.join(', ')} (got "${provider}")`);
  }
  const options: RunOptions = {
    manifest: rest[0]!,
    outDir: values.out ?? DEFAULT_OUT_DIR,
    concurrency: parseCount(values.concurrency, '--concurrency', 4, 1),
    provider: provider as ProviderName | undefined,
    model: values.model,
    baseUrl: values['base-url'],
    timeoutSeconds: parseCount(values.timeout, '--timeout', 3600, 0),
    failOn: failOn as FailOn,
    download: !values['no-download'],
    variants: parseVariants(values.variants),
    dryRun: values['dry-run'] ?? false,
    simulate: values.simulate ?? false,
    offline: values.offline ?? false,
    maxCostUsd: parseUsd(values['max-cost']),
    maxJobs: parseCount(values['max-jobs'], '--max-jobs', DEFAULT_MAX_JOBS, 1),
    trustManifestPrices: values['trust-manifest-prices'] ?? false,
    fresh: values.fresh ?? false,
    regenerateExpired: values['regenerate-expired'] ?? false,
    inputDirs: values['input-dir'] ?? [],
    retryUncertain: parseRetryUncertain(values['retry-uncertain']),
    ...(values.shard !== undefined ? { shard: parseShard(values.shard, '--shard') } : {}),
  };

  const display = chooseDisplay({ stream: process.stderr, env: process.env, quiet: values.quiet ?? false });
  // First signal: clear the live board, stop submitting, write the report, exit 130/143. Second: exit at once.
  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | undefined;
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(name === 'SIGINT' ? 130 : 143);
    stoppedBy = name;
    display.interrupt();
    process.stderr.write(`\n${name}: stopping; writing the report (${name === 'SIGINT' ? 'Ctrl-C' : 'send it'} again to quit at once)\n`);
    controller.abort(new Error(name));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const result = await run(options, {
    env: process.env,
    log: display.log,
    warn: (line) => display.log(`warning: ${line}`),
    progress: display.progress,
    // The results (a dry run's plan, the reports' paths) go to stdout, after the board is put away.
    print: (line) => {
      display.stop();
      process.stdout.write(`${line}\n`);
    },
    signal: controller.signal,
  })
    .catch((error: unknown) => {
      // Stopped before any job started (while the manifest was read): nothing to report.
      if (stoppedBy && error instanceof ManifestReadStopped) process.exit(stoppedBy === 'SIGINT' ? 130 : 143);
      throw error;
    })
    .finally(display.stop);
  if (result.report && stoppedBy) {
    const resume = resumeCommand(argv, process.argv[1] ?? 'video-batch', process.cwd());
    for (const line of stoppedLines(result.report, stoppedBy, resume)) process.stdout.write(`${line}\n`);
  } else if (result.report) {
    process.stdout.write(`${resultLine(result.report, result.exitCode, failOn)}\n`);
  }
  // After a stop, leave now: the report is written and no timer (a create's grace) may hold us.
  if (stoppedBy) process.exit(stoppedBy === 'SIGINT' ? 130 : 143);
  return result.exitCode;
}

async function merge(paths: readonly string[], out: string | undefined, failOn: string, allowPartial: boolean): Promise<number> {
  if (paths.length === 0) throw new UsageError('merge needs the report.json of every shard, e.g. video-batch merge shards/*/report.json --out merged');
  if (out === undefined) throw new UsageError('merge needs --out DIR for the merged report.json, report.md and report.html');
  if (failOn !== 'any' && failOn !== 'all' && failOn !== 'never') throw new UsageError(`--fail-on takes any, all or never (got "${failOn}")`);
  const merged = await mergeReportFiles(paths, out, process.cwd(), { allowPartial });
  // Like `run`: what the command produced goes to stdout, so scripts can read it.
  process.stderr.write(`merged ${merged.merged.length} reports (${merged.report.summary.total} jobs)\n`);
  process.stdout.write(`report: ${merged.reportJson}\n`);
  process.stdout.write(`gallery: ${merged.reportHtml} (its players point into each shard's folder: keep them beside it)\n`);
  const partial = partialNote(merged.report);
  if (partial !== undefined) process.stdout.write(`${partial}\n`);
  const exitCode = exitCodeFor(merged.report.jobs, failOn);
  process.stdout.write(`${resultLine(merged.report, exitCode, failOn)}\n`);
  return exitCode;
}

async function picks(paths: readonly string[], report: string | undefined, writeManifest: string | undefined, rejected: string | undefined): Promise<number> {
  if (paths.length !== 1) throw new UsageError('picks takes one picks.json, e.g. video-batch picks picks.json --report video-batch-out/report.json');
  if (report === undefined) throw new UsageError('picks needs --report FILE, the report.json of the run the picks were made on');
  const read = async (path: string, what: string): Promise<string> =>
    readFile(path, 'utf8').catch((error: unknown) => {
      throw new ConfigError(`cannot read ${what} ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path`);
    });
  const chosen = parsePicks(await read(paths[0]!, 'picks'), paths[0]!);
  const run = parseReport(await read(report, 'report'), report);
  const outcome = tallyPicks(chosen, run);
  for (const warning of outcome.warnings) process.stderr.write(`warning: ${warning}\n`);
  for (const line of tallyLines(outcome)) process.stdout.write(`${line}\n`);
  const write = async (path: string | undefined, make: (dir: string) => WrittenManifest | undefined, what: string): Promise<void> => {
    if (path === undefined) return;
    // Image paths in it are made relative to the folder it is written to.
    const written = make(dirname(resolve(path)));
    if (written === undefined) {
      process.stderr.write(`${what}: none, so ${path} was not written\n`);
      return;
    }
    for (const warning of written.warnings) process.stderr.write(`warning: ${path}: ${warning}\n`);
    await writeFile(path, written.text);
    process.stdout.write(`wrote ${path}\n`);
  };
  await write(writeManifest, (dir) => pickedManifest(outcome, run, dir), 'picked prompts');
  await write(rejected, (dir) => rejectedManifest(outcome, run, dir), 'prompts without a pick');
  return 0;
}

/** `models --refresh`: asks each vendor with discovery about its catalog rows again (the cache renewed), then lists them. */
async function refreshModels(provider: string | undefined, json: boolean): Promise<number> {
  const known = catalogProviders();
  if (provider !== undefined && !known.includes(provider)) throw new UsageError(`--provider takes one of ${known.join(', ')} (got "${provider}")`);
  for (const line of await refreshCatalog({ env: process.env, ...(provider ? { provider: provider as ProviderName } : {}) })) process.stderr.write(`${line}\n`);
  return models([], provider, json, false);
}

async function models(ids: readonly string[], provider: string | undefined, json: boolean, refresh: boolean): Promise<number> {
  const known = ids.length > 0 ? [...PROVIDER_NAMES] : catalogProviders();
  if (provider !== undefined && !known.includes(provider)) throw new UsageError(`--provider takes one of ${known.join(', ')} (got "${provider}")`);
  if (ids.length > 1) throw new UsageError(`models takes one model id at most (got ${ids.length})`);
  if (ids.length === 1) {
    const now = (): number => Date.now();
    const sheets = await lookUpModel(ids[0]!, {
      ...(provider === undefined ? {} : { provider: provider as ProviderName }),
      env: process.env,
      fetch: globalThis.fetch,
      cache: new DiscoveryCache({ dir: defaultCacheDir(process.env), now }),
      refresh,
      now,
    });
    process.stdout.write(`${sheets.map((lines) => lines.join('\n')).join('\n\n')}\n`);
    return 0;
  }
  const rows = catalogRows(provider);
  process.stdout.write(json ? catalogJson(rows) : `${catalogTable(rows).join('\n')}\n`);
  return 0;
}

async function simulate(port: number): Promise<number> {
  const simulator = await startSimulator({ port, modelProfiles: SIMULATED_MODEL_PROFILES }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; pick another with --port N (--port 0 takes any free one)`);
    throw error;
  });
  // Every provider's base URL, as the variable that points a run at it: any key works.
  const names = PROVIDER_NAMES.map((name) => ({ name, line: `${providerModule(name).env.baseUrlEnv}=${simulatorBaseUrl(simulator, name)}` }));
  const width = Math.max(...names.map((n) => n.name.length));
  process.stderr.write(`simulator: ${simulator.url}  (any key works; Ctrl-C to stop)\n`);
  for (const { name, line } of names) process.stderr.write(`  ${name.padEnd(width)}  ${line}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await simulator.close();
  return 0;
}

tuneGarbageCollector();
// Run as a workflow step, a prompt or a server's message must not become a workflow command.
if (process.env.GITHUB_ACTIONS === 'true') {
  guardWorkflowCommands(process.stdout);
  guardWorkflowCommands(process.stderr);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ManifestError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`video-batch: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 3;
    }
  },
);
