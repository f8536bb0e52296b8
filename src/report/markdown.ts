import { JOB_OUTCOMES } from '../types.js';
import { renderOverview } from './overview.js';
import type { Report } from './report.js';

/** Makes user or server text inert inside a markdown table cell. */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#~|]/g, (m) => `\\${m}`)
    .replace(/\r?\n/g, ' ');
}

/** Inline code for ids and codes: no markdown inside, so only backticks, pipes and newlines need care. */
export function codeSpan(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}\``;
}

export function formatDuration(ms: number | null): string {
  if (ms === null) return '';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${s % 60}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}

const ORDER = JOB_OUTCOMES;

/** report.md: the run for people. Pure. */
export function renderMarkdown(report: Report): string {
  const { summary } = report;
  const lines: string[] = [];
  lines.push(`# video-batch report`, '');
  const counts = ORDER.filter((s) => summary[s] > 0).map((s) => `${summary[s]} ${s.replace('_', ' ')}`);
  lines.push(`**${summary.total} jobs**: ${counts.join(', ') || 'none'}${report.interrupted ? ' (run interrupted; run again to finish)' : ''}`, '');
  lines.push(`Manifest ${codeSpan(report.manifest)}, ${report.startedAt} to ${report.finishedAt}.`, '');
  lines.push(...renderOverview(report));
  const failures = report.jobs.filter((j) => j.error);
  if (failures.length > 0) {
    lines.push('## Failures', '');
    for (const job of failures) lines.push(`- **${escapeCell(job.id)}**: ${codeSpan(job.error!.code)} ${escapeCell(job.error!.message)}`);
    lines.push('');
  }
  lines.push('## Jobs', '');
  lines.push('| id | status | video id | model | seconds | size | time | error |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const job of report.jobs) {
    const cells = [
      job.file ? `[${escapeCell(job.id)}](${encodeURI(job.file)})` : escapeCell(job.id),
      job.status,
      job.videoId ? codeSpan(job.videoId) : '',
      escapeCell(job.model),
      job.seconds === null ? '' : String(job.seconds),
      job.size ? escapeCell(job.size) : '',
      formatDuration(job.durationMs),
      job.error ? escapeCell(`${job.error.code}: ${job.error.message}`) : '',
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
