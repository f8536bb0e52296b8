/**
 * A plain run turned into the report of a matrix run, as the comparison view reads it: ids
 * `<prompt>--<variant>` become `<prompt>@<variant>` with `group` and `variant`, and
 * `summary.byVariant` holds each variant's figures. Files stay where the run wrote them.
 */
import type { Report } from '../src/report/report.js';

export const VARIANTS = ['fast', 'pro', 'cheap'] as const;

type Job = Report['jobs'][number];

export function asMatrixRun(report: Report): Report {
  const jobs = report.jobs.map((job) => {
    const [group, variant] = job.id.split('--') as [string, string];
    return { ...job, id: `${group}@${variant}`, group, variant };
  });
  const byVariant = Object.fromEntries(
    VARIANTS.map((name) => {
      const mine: Job[] = jobs.filter((job) => job.variant === name);
      const done = mine.filter((job) => job.status === 'completed');
      const times = done.map((job) => (job.durationMs ?? 0) / 1000).sort((a, b) => a - b);
      const costUsd = mine.reduce((sum, job) => sum + (job.estimatedCostUsd ?? 0), 0);
      const seconds = done.reduce((sum, job) => sum + (job.seconds ?? 0), 0);
      const failuresByCode: Record<string, number> = {};
      for (const job of mine) if (job.error) failuresByCode[job.error.code] = (failuresByCode[job.error.code] ?? 0) + 1;
      return [
        name,
        {
          provider: mine[0]?.provider ?? 'openai',
          model: mine[0]?.model ?? '',
          total: mine.length,
          completed: done.length,
          failed: mine.filter((job) => job.status === 'failed').length,
          pending: mine.filter((job) => job.status === 'pending').length,
          medianSeconds: times.length > 0 ? times[Math.floor(times.length / 2)]! : null,
          costUsd,
          usdPerSecond: seconds > 0 ? costUsd / seconds : null,
          failuresByCode,
        },
      ];
    }),
  );
  return { ...report, summary: { ...report.summary, byVariant }, jobs } as Report;
}
