/**
 * The compact overview at the top of report.md and the job summary: counts by status, seconds of
 * video, estimated cost when the report carries one, the slowest jobs, failures grouped by code.
 * Lists, not tables, so it reads well in a terminal, a PR comment and GitHub's job summary. Pure.
 */
import { JOB_OUTCOMES } from '../types.js';
import { codeSpan, escapeCell, formatDuration } from './markdown-text.js';
import { SIMULATED_COST, type Report } from './report.js';
import { differenceText, variantWarning } from './video-facts.js';

export interface OverviewOptions {
  /** Slowest jobs listed. @default 3 */
  readonly slowest?: number;
  /** Job ids listed per error code before "and N more". @default 5 */
  readonly idsPerCode?: number;
}

/** Cost fields a report may carry; read defensively so a report without them still renders. */
interface CostSummary {
  readonly estimatedCostUsd?: number;
  readonly unpricedJobs?: number;
  readonly actualCostUsd?: number;
}

/** The overview as markdown lines, starting with its `## Overview` heading and ending with a blank line. */
export function renderOverview(report: Report, options: OverviewOptions = {}): string[] {
  const { summary } = report;
  const lines = ['## Overview', ''];
  const counts = JOB_OUTCOMES.filter((status) => summary[status] > 0).map((status) => `${summary[status]} ${status.replace('_', ' ')}`);
  lines.push(`- **Status**: ${counts.join(', ') || 'no jobs'} (${summary.total} ${summary.total === 1 ? 'job' : 'jobs'})`);
  lines.push(`- **Video**: ${summary.videoSeconds} s generated`);
  const cost = costLine(summary as CostSummary, report.simulated === true, summary.total);
  if (cost) lines.push(`- **Estimated cost**: ${cost}`);
  const wall = formatDuration(Date.parse(report.finishedAt) - Date.parse(report.startedAt));
  if (wall) lines.push(`- **Wall time**: ${wall}`);

  const slowest = report.jobs
    .filter((job) => job.durationMs !== null)
    .sort((a, b) => (b.durationMs ?? 0) - (a.durationMs ?? 0) || a.id.localeCompare(b.id))
    .slice(0, options.slowest ?? 3);
  if (slowest.length > 0) {
    lines.push(`- **Slowest**: ${slowest.map((job) => `${codeSpan(job.id)} ${formatDuration(job.durationMs)}${job.status === 'completed' ? '' : ` (${job.status.replace('_', ' ')})`}`).join(', ')}`);
  }

  const unlike = report.jobs.filter((job) => (job.differs ?? []).length > 0);
  if (unlike.length > 0) {
    const limit = options.idsPerCode ?? 5;
    const shown = unlike.slice(0, limit).map((job) => `${codeSpan(job.id)} ${escapeCell(differenceText(job) ?? '')}`);
    const more = unlike.length > limit ? `, and ${unlike.length - limit} more (see the jobs table)` : '';
    lines.push(`- **Not what was asked** (read from the video files): ${shown.join('; ')}${more}`);
  }
  const variants = variantWarning(report.jobs);
  if (variants) lines.push(`- **Variants differ**: ${escapeCell(variants)}`);

  const groups = new Map<string, { ids: string[]; message: string }>();
  for (const job of report.jobs) {
    if (!job.error) continue;
    const group = groups.get(job.error.code) ?? { ids: [], message: job.error.message };
    group.ids.push(job.id);
    groups.set(job.error.code, group);
  }
  if (groups.size > 0) {
    lines.push('- **Failures by error code**:');
    const limit = options.idsPerCode ?? 5;
    const ordered = [...groups].sort(([a, x], [b, y]) => y.ids.length - x.ids.length || a.localeCompare(b));
    for (const [code, { ids, message }] of ordered) {
      const shown = ids.slice(0, limit).map(codeSpan).join(', ');
      const more = ids.length > limit ? ` and ${ids.length - limit} more` : '';
      lines.push(`  - ${codeSpan(code)} × ${ids.length}: ${shown}${more} (e.g. ${escapeCell(message)})`);
    }
  }
  lines.push('');
  return lines;
}

function costLine(summary: CostSummary, simulated: boolean, total: number): string | undefined {
  if (typeof summary.estimatedCostUsd !== 'number') return undefined;
  const unpriced = summary.unpricedJobs ?? 0;
  if (total > 0 && unpriced >= total) return `unknown (no job has a known price)${simulated ? ` (${SIMULATED_COST})` : ''}`;
  // What vendors reported billing (OpenRouter's usage.cost...), beside the estimate.
  const actual = typeof summary.actualCostUsd === 'number' ? `; vendors report $${summary.actualCostUsd.toFixed(2)} billed` : '';
  const usd = `$${summary.estimatedCostUsd.toFixed(2)}${actual}${simulated ? ` (${SIMULATED_COST})` : ''}`;
  return unpriced > 0 ? `${usd} (${unpriced} ${unpriced === 1 ? 'job' : 'jobs'} without a known price not counted)` : usd;
}
