/**
 * The programmatic entry (`import { run } from 'video-batch'`): the same run() the CLI and the
 * action call, without either face. Importing it starts nothing and changes nothing in the host.
 */
export { run, exitCodeFor, DEFAULT_OUT_DIR, type FailOn, type RunOptions, type RunDeps, type RunResult } from './run.js';
export { ConfigError } from './errors.js';
export { ManifestError, readManifest, type ManifestIssue, type Manifest, type JobSpec } from './manifest/index.js';
export { mergeReportFiles } from './report/merge.js';
export { SIMULATED_COST, type Report, type ReportJob } from './report/report.js';
export type { JobResult } from './runner/result.js';
export type { RunnerEvents } from './runner/events.js';
export { startSimulator, type Simulator, type SimulatorOptions } from './simulate.js';
export { PROVIDER_NAMES, type ProviderName, type JobOutcome } from './types.js';
