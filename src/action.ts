import * as core from '@actions/core';
import { ConfigError } from './errors.js';
import { ManifestError } from './manifest/index.js';
import { DEFAULT_OUT_DIR, run, type FailOn } from './run.js';
import { PROVIDER_NAMES, type ProviderName } from './types.js';

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new ConfigError(`input ${name} takes one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function count(name: string, fallback: number, min: number): number {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new ConfigError(`input ${name} takes a whole number of ${min} or more (got "${value}")`);
  return Number(value);
}

/** The action: inputs -> run() -> outputs and a job summary. Never throws; failures go through setFailed. */
export async function runAction(): Promise<void> {
  try {
    const apiKey = core.getInput('api-key');
    if (apiKey) core.setSecret(apiKey); // before anything can print it
    const dryRun = core.getBooleanInput('dry-run');
    const simulate = core.getInput('simulate') === 'true';
    if (!apiKey && !dryRun && !simulate) throw new ConfigError('input api-key is required (pass it from a secret: api-key: ${{ secrets.OPENAI_API_KEY }})');
    const provider = choice<ProviderName>('provider', PROVIDER_NAMES, 'openai');
    const env = { ...process.env };
    if (apiKey) {
      const prefix = provider === 'veo' ? 'GEMINI' : provider === 'seedance' ? 'ARK' : 'OPENAI';
      env[`${prefix}_API_KEY`] = apiKey;
    }
    const result = await run(
      {
        manifest: core.getInput('manifest', { required: true }),
        outDir: core.getInput('out-dir') || DEFAULT_OUT_DIR,
        concurrency: count('concurrency', 4, 1),
        baseUrl: core.getInput('base-url') || undefined,
        model: core.getInput('model') || undefined,
        provider,
        dryRun,
        download: core.getInput('download') !== 'false',
        timeoutSeconds: count('timeout', 3600, 0),
        failOn: choice<FailOn>('fail-on', ['any', 'all', 'never'], 'any'),
        simulate,
      },
      { env, log: (line) => core.info(line), print: (line) => core.info(line) },
    );
    const report = result.report;
    if (!report) return;
    core.setOutput('report-json', result.reportJson);
    core.setOutput('report-markdown', result.reportMarkdown);
    core.setOutput('completed', report.summary.completed + report.summary.skipped);
    core.setOutput('failed', report.summary.failed + report.summary.timed_out);
    core.setOutput('video-ids', JSON.stringify(report.jobs.flatMap((j) => (j.videoId ? [j.videoId] : []))));
    if (process.env.GITHUB_STEP_SUMMARY) {
      const { readFile } = await import('node:fs/promises');
      await core.summary.addRaw(await readFile(result.reportMarkdown!, 'utf8')).write();
    }
    if (result.exitCode !== 0) core.setFailed(`${report.summary.failed + report.summary.timed_out} of ${report.summary.total} jobs did not complete (fail-on: ${core.getInput('fail-on') || 'any'})`);
  } catch (error) {
    if (error instanceof ManifestError) {
      for (const issue of error.issues) core.error(issue.message, { file: issue.file, startLine: issue.line, title: issue.field ? `manifest field ${issue.field}` : 'manifest' });
      core.setFailed(`the manifest has ${error.issues.length} problem(s); nothing was sent`);
    } else if (error instanceof ConfigError) {
      core.setFailed(error.message);
    } else {
      core.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
  }
}
