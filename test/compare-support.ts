/**
 * A plain run turned into the report of a matrix run, as the comparison view reads it: ids
 * `<prompt>--<variant>` become `<prompt>@<variant>` with `group` and `variant`, and the report is
 * built again (so `summary.byVariant` is the real one). Files stay where the run wrote them.
 */
import { buildReport, type Report } from '../src/report/report.js';

export const VARIANTS = ['fast', 'pro', 'cheap'] as const;

export function asMatrixRun(report: Report): Report {
  const jobs = report.jobs.map((job) => {
    const [group, variant] = job.id.split('--') as [string, string];
    return { ...job, id: `${group}@${variant}`, group, variant };
  });
  return buildReport({
    manifest: report.manifest,
    startedAt: Date.parse(report.startedAt),
    finishedAt: Date.parse(report.finishedAt),
    interrupted: report.interrupted,
    simulated: report.simulated,
    jobs,
    estimates: new Map(jobs.map((job) => [job.id, { usd: job.estimatedCostUsd ?? undefined, seconds: job.seconds ?? 0 }])),
  });
}
