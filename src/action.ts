/**
 * The GitHub Action face: action inputs -> run() (or the merge of shard reports) -> step outputs,
 * a job summary and annotations. No logic the CLI would also need lives here.
 */
import * as core from '@actions/core';
import { inert } from './workflow-text.js';
import { ConfigError } from './errors.js';
import { DEFAULT_MAX_JOBS, ManifestError, type ManifestIssue } from './manifest/index.js';
import { MissingKeyError, parseAllowedBaseUrls, runnerSecretRule } from './providers/registry.js';
import { mergeReportFiles } from './report/merge.js';
import type { Report } from './report/report.js';
import { artifactsUrl, buildPlanSummary, buildSummary } from './report/summary.js';
import { DEFAULT_OUT_DIR, exitCodeFor, parseRetryUncertain, run, type FailOn } from './run.js';
import { formatShard, parseShard, type Shard } from './shard.js';
import { ASSET_VARIANTS, parseVariantList, type AssetVariant } from './providers/types.js';
import { PROVIDER_NAMES, type ProviderName } from './types.js';

const FAIL_ON: readonly FailOn[] = ['any', 'all', 'never'];

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new ConfigError(`input ${name} takes one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function count(name: string, fallback: number, min: number): number {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
    throw new ConfigError(`input ${name} takes a whole number of ${min} or more (got "${value}")`);
  }
  return Number(value);
}

/** An amount in USD, or undefined when the input is empty. */
function usd(name: string): number | undefined {
  const value = core.getInput(name).replace(/^\$/, '');
  if (value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new ConfigError(`input ${name} takes an amount in USD, e.g. 25 or 12.50 (got "${value}")`);
  return n;
}

/** The `variants` input: what to fetch per video besides the video itself. */
function variantsInput(): AssetVariant[] {
  const { variants, unknown } = parseVariantList(core.getInput('variants') || 'video,thumbnail');
  if (unknown.length > 0) throw new ConfigError(`input variants takes a list of video, ${ASSET_VARIANTS.join(', ')} (got "${unknown.join(',')}")`);
  return variants;
}

/** Like `core.getBooleanInput`, but an empty input is `fallback` and a bad one is a ConfigError. */
function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigError(`input ${name} takes true or false (got "${value}")`);
}


/** An annotation on the manifest's line, so the problem shows on the pull request's diff. */
function annotate(issue: ManifestIssue): void {
  const about = [issue.job !== undefined ? `job ${issue.job}` : '', issue.row !== undefined ? `row ${issue.row}` : ''].filter(Boolean);
  const message = about.length > 0 ? `${about.join(', ')}: ${issue.message}` : issue.message;
  core.error(inert(message), {
    title: inert(issue.field ? `manifest field "${issue.field}"` : 'manifest'),
    file: issue.file,
    ...(issue.line > 0 ? { startLine: issue.line } : {}),
  });
}

function setReportOutputs(report: Report, paths: { reportJson: string; reportMarkdown: string; reportHtml?: string }): void {
  const { summary } = report;
  const completed = summary.completed + summary.skipped;
  core.setOutput('report-json', paths.reportJson);
  core.setOutput('report-markdown', paths.reportMarkdown);
  if (paths.reportHtml) core.setOutput('report-html', paths.reportHtml);
  core.setOutput('completed', completed);
  core.setOutput('failed', summary.total - completed);
  core.setOutput('video-ids', JSON.stringify(report.jobs.flatMap((job) => (job.videoId ? [job.videoId] : []))));
}

/** Writes the job summary; a summary that cannot be written is a warning, never a lost run. */
async function writeSummary(text: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(text).write();
  } catch (error) {
    core.warning(inert(`the job summary could not be written: ${error instanceof Error ? error.message : String(error)}`));
  }
}

function failIfNeeded(report: Report, failOn: FailOn): void {
  const completed = report.summary.completed + report.summary.skipped;
  if (report.interrupted) core.setFailed(`stopped before every job ended (${completed} of ${report.summary.total} done); run again to finish`);
  else if (exitCodeFor(report.jobs, failOn) !== 0) {
    core.setFailed(`${report.summary.total - completed} of ${report.summary.total} jobs did not complete (fail-on: ${failOn})`);
  }
}

async function mergeMode(patterns: readonly string[], outDir: string, failOn: FailOn): Promise<void> {
  const allowPartial = flag('allow-partial', false);
  const merged = await core.group('video-batch: merge shard reports', async () => {
    const result = await mergeReportFiles(patterns, outDir, process.cwd(), { allowPartial });
    for (const path of result.merged) core.info(inert(`merged ${path}`));
    core.info(inert(`report: ${result.reportJson}`));
    return result;
  });
  setReportOutputs(merged.report, merged);
  const scope = `${merged.merged.length} shard report${merged.merged.length === 1 ? '' : 's'} merged`;
  await writeSummary(buildSummary(merged.report, { scope, artifactsUrl: artifactsUrl(process.env) }));
  failIfNeeded(merged.report, failOn);
}

async function runMode(manifest: string, apiKey: string, shard: Shard | undefined, failOn: FailOn, signal: AbortSignal): Promise<void> {
  const dryRun = flag('dry-run', false);
  const simulate = flag('simulate', false);
  // Empty: the manifest decides (its jobs, then its defaults, then openai); set, it wins over the defaults.
  const providerText = core.getInput('provider');
  const provider = providerText === '' ? undefined : choice<ProviderName>('provider', PROVIDER_NAMES, 'openai');
  const env: Record<string, string | undefined> = { ...process.env };
  const log = (line: string): void => core.info(inert(line));
  // An annotation on the run page, not a line inside the collapsed group; and the summary's first line.
  const warnings: string[] = [];
  const warn = (line: string): void => {
    warnings.push(line);
    core.warning(line);
  };
  const scope = shard ? `shard ${formatShard(shard)}` : undefined;

  core.startGroup(inert(`video-batch: ${manifest}${scope ? ` (${scope})` : ''}${dryRun ? ', dry run' : ''}`));
  const result = await run(
    {
      manifest,
      inputDirs: core.getMultilineInput('input-dir'),
      outDir: core.getInput('out-dir') || DEFAULT_OUT_DIR,
      concurrency: count('concurrency', 4, 1),
      baseUrl: core.getInput('base-url') || undefined,
      baseUrlFrom: 'input base-url',
      // A pull request may edit the manifest: its base_url gets a key only where the workflow allows.
      allowedBaseUrls: parseAllowedBaseUrls(core.getInput('allowed-base-urls'), 'input allowed-base-urls'),
      // The key goes in the variable of the provider the jobs use; vertex authenticates on its own.
      ...(apiKey ? { apiKey } : {}),
      keyEnvRule: runnerSecretRule,
      model: core.getInput('model') || undefined,
      provider,
      dryRun,
      download: flag('download', true),
      timeoutSeconds: count('timeout', 3600, 0),
      failOn,
      simulate,
      offline: flag('offline', false),
      maxCostUsd: usd('max-cost'),
      maxJobs: count('max-jobs', DEFAULT_MAX_JOBS, 1),
      trustManifestPrices: flag('trust-manifest-prices', false),
      // Thumbnails are the gallery's posters (report.html); a failed one never fails a job.
      variants: variantsInput(),
      fresh: flag('fresh', false),
      regenerateExpired: flag('regenerate-expired', false),
      retryUncertain: parseRetryUncertain(core.getInput('retry-uncertain')),
      ...(shard ? { shard } : {}),
    },
    { env, log, warn, print: log, signal },
  ).finally(() => core.endGroup());

  const report = result.report;
  if (!report || !result.reportJson || !result.reportMarkdown) {
    core.setOutput('completed', 0);
    core.setOutput('failed', 0);
    core.setOutput('video-ids', '[]');
    await writeSummary(buildPlanSummary(result.manifest.file, result.manifest.jobs, { ...(scope ? { scope } : {}), warnings, estimates: result.estimates }));
    return;
  }
  setReportOutputs(report, { reportJson: result.reportJson, reportMarkdown: result.reportMarkdown, reportHtml: result.reportHtml });
  const { summary } = report;
  core.info(inert(`${summary.completed + summary.skipped} of ${summary.total} jobs done; report: ${result.reportJson}`));
  await writeSummary(buildSummary(report, { ...(scope ? { scope } : {}), warnings, artifactsUrl: artifactsUrl(process.env) }));
  failIfNeeded(report, failOn);
}

/**
 * The action: inputs -> run() or merge -> outputs, job summary, annotations. Never throws:
 * every failure ends in `core.setFailed` (and so exit code 1).
 */
export async function runAction(): Promise<void> {
  // A cancelled workflow sends SIGINT, then SIGTERM: stop submitting and still write the report.
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(1);
    core.warning(`${name}: stopping; writing the report`);
    controller.abort(new Error(name));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const apiKey = core.getInput('api-key');
    if (apiKey) core.setSecret(apiKey); // before anything can print it
    const failOn = choice<FailOn>('fail-on', FAIL_ON, 'any');
    const mergePatterns = core.getMultilineInput('merge-reports');
    const shardText = core.getInput('shard');
    const manifest = core.getInput('manifest');
    if (mergePatterns.length > 0) {
      if (shardText) throw new ConfigError('input merge-reports merges the reports of every shard; leave shard empty in the merge step');
      await mergeMode(mergePatterns, core.getInput('out-dir') || DEFAULT_OUT_DIR, failOn);
      return;
    }
    if (!manifest) throw new ConfigError('input manifest is required: the path of a .yaml, .yml or .csv manifest (or set merge-reports to merge shard reports)');
    const shard = shardText ? parseShard(shardText, 'input shard') : undefined;
    await runMode(manifest, apiKey, shard, failOn, controller.signal);
  } catch (error) {
    if (error instanceof ManifestError) {
      for (const issue of error.issues) annotate(issue);
      core.setFailed(`the manifest has ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}; nothing was sent`);
    } else if (error instanceof MissingKeyError) {
      const [first, ...others] = error.names;
      core.setFailed(
        others.length === 0
          ? `${first} is not set: pass the key from a secret as input api-key (api-key: \${{ secrets.${first} }}) or set ${first} in the step's env`
          : `${error.names.join(', ')} are not set: pass each from a secret in the step's env (e.g. ${first}: \${{ secrets.${first} }}); input api-key holds one provider's key`,
      );
    } else if (error instanceof ConfigError) {
      core.setFailed(inert(error.message)); // may quote a server (a refused key's answer)
    } else {
      core.setFailed(inert(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
