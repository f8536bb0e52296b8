import { JOB_OUTCOMES } from '../types.js';
import { codeSpan, escapeCell, formatDuration } from './markdown-text.js';
import { renderOverview } from './overview.js';
import { priceSourceLines } from './price-sources.js';
import { partialNote, type Report } from './report.js';
import { formatSeconds } from './variants.js';
import { madeText } from './video-facts.js';
import { jobInputs } from './input-images.js';
import { basename } from 'node:path';

// Kept importable from here for the modules that always have (the log, the terminal board, tests).
export { codeSpan, escapeCell, formatDuration };

const ORDER = JOB_OUTCOMES;

/** The comparison table of a matrix run (one row per variant); nothing without variants. */
function variantMarkdown(report: Report): string[] {
  const byVariant = report.summary.byVariant ?? {};
  const names = Object.keys(byVariant);
  if (names.length === 0) return [];
  const lines = ['## Variants', '', '| variant | model | completed | failed | median time | cost | per second | failures |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const name of names) {
    const v = byVariant[name]!;
    const failures = Object.entries(v.failuresByCode).map(([code, n]) => `${codeSpan(code)} ${n}`).join(', ');
    const cells = [
      codeSpan(name), escapeCell(`${v.provider} ${v.model}`), `${v.completed}/${v.total}`, String(v.failed),
      formatSeconds(v.medianSeconds), v.usdPerSecond === null ? 'price unknown' : `$${v.costUsd.toFixed(2)}`,
      v.usdPerSecond === null ? '' : `$${v.usdPerSecond.toFixed(3)}`, failures,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('');
  return lines;
}

/** A video's measured size and length, marked ⚠️ when it is not what was asked. */
function madeCell(job: Report['jobs'][number]): string {
  const made = madeText(job);
  if (made === undefined) return '';
  return (job.differs ?? []).length > 0 ? `⚠️ ${escapeCell(made)} (not as asked)` : escapeCell(made);
}

/** report.md: the run for people. Pure. */
export function renderMarkdown(report: Report): string {
  return [...markdownChunks(report)].join('');
}

/** report.md line by line, so a large report is written without building it whole. */
export function* markdownChunks(report: Report): Generator<string> {
  const { summary } = report;
  const head: string[] = [];
  head.push(`# video-batch report`, '');
  const counts = ORDER.filter((s) => summary[s] > 0).map((s) => `${summary[s]} ${s.replace('_', ' ')}`);
  head.push(`**${summary.total} jobs**: ${counts.join(', ') || 'none'}${report.interrupted ? ' (run interrupted; run again to finish)' : ''}`, '');
  const partial = partialNote(report);
  if (partial !== undefined) head.push(`**${partial}**`, '');
  head.push(`Manifest ${codeSpan(report.manifest)}, ${report.startedAt} to ${report.finishedAt}.`, '');
  head.push(...renderOverview(report));
  head.push(...variantMarkdown(report));
  head.push(...priceSourceLines(report));
  yield `${head.join('\n')}\n`;
  const failures = report.jobs.filter((j) => j.error);
  if (failures.length > 0) {
    yield '## Failures\n\n';
    for (const job of failures) yield `- **${escapeCell(job.id)}**: ${codeSpan(job.error!.code)} ${escapeCell(job.error!.message)}\n`;
    yield '\n';
  }
  yield '## Jobs\n\n';
  // `made` is what the downloaded file's header says, flagged when it is not what was asked.
  yield '| id | status | video id | model | seconds | size | made | time | error |\n';
  yield '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';
  for (const job of report.jobs) {
    const cells = [
      job.file ? `[${escapeCell(job.id)}](${encodeURI(job.file)})` : escapeCell(job.id),
      job.status,
      job.videoId ? codeSpan(job.videoId) : '',
      escapeCell(job.model),
      job.seconds === null ? '' : String(job.seconds),
      job.size ? escapeCell(job.size) : '',
      madeCell(job),
      formatDuration(job.durationMs),
      job.error ? escapeCell(`${job.error.code}: ${job.error.message}`) : '',
    ];
    yield `| ${cells.join(' | ')} |\n`;
  }
  const withParams = report.jobs.filter((job) => job.params !== undefined);
  if (withParams.length > 0) {
    yield '\n## Params\n\nSent as-is into each request, after the fields above.\n\n';
    for (const job of withParams) yield `- **${escapeCell(job.id)}**: ${codeSpan(JSON.stringify(job.params))}\n`;
  }
  const withInputs = report.jobs.filter((job) => jobInputs(job).length > 0);
  if (withInputs.length > 0) {
    yield '\n## Input images\n\nThe images each job was sent (report.json has their full paths; report.html shows them).\n\n';
    for (const job of withInputs) {
      const kinds = (['first frame', 'last frame', 'reference'] as const).flatMap((kind) => {
        const names = jobInputs(job).filter((input) => input.kind === kind).map((input) => codeSpan(basename(input.path)));
        if (names.length === 0) return [];
        return [`${kind === 'reference' ? (names.length > 1 ? 'references' : 'reference') : kind} ${names.join(', ')}`];
      });
      yield `- **${escapeCell(job.id)}**: ${kinds.join('; ')}\n`;
    }
  }
}
