/**
 * The job summary a GitHub Actions run page shows: totals by status first, then the failures with
 * their reasons, then every job. Pure: text in, text out; the action writes it with `core.summary`,
 * which escapes nothing, so every manifest or server string is escaped here.
 */
import { describeTotal, formatUsd, totalCost, type CostEstimate } from '../cost/prices.js';
import type { JobResult } from '../runner/result.js';
import { JOB_OUTCOMES, type JobOutcome, type JobSpec } from '../types.js';
import { formatDuration } from './markdown-text.js';
import { partialNote, SIMULATED_COST, type Report } from './report.js';
import { planByVariant } from './plan.js';
import { formatSeconds, type VariantTable } from './variants.js';
import { differenceText, madeText, variantWarning } from './video-facts.js';

export interface SummaryOptions {
  /** What the report covers, e.g. `shard 2/4` or `4 shards merged`; shown in the title. */
  readonly scope?: string;
  /** Link to the run's artifacts (see `artifactsUrl`). */
  readonly artifactsUrl?: string;
  /** Prompts longer than this many characters are folded in `<details>`. @default 80 */
  readonly foldPromptsOver?: number;
  /** GitHub rejects a step summary over 1 MiB; rows past this budget are left to report.md. @default 900000 */
  readonly maxBytes?: number;
  /** Failures listed one by one before the rest are counted. @default 50 */
  readonly maxFailures?: number;
  /** Warnings to act on (e.g. a model its provider retires), shown first. @default [] */
  readonly warnings?: readonly string[];
}

/** The summary's opening lines: one per warning, so they are read before anything else. */
function warningLines(warnings: readonly string[] = []): string[] {
  return warnings.map((text) => `<p>⚠️ <b>Warning</b>: ${escapeHtml(text)}</p>`);
}

const ICON: Readonly<Record<JobOutcome, string>> = {
  completed: '✅',
  skipped: '⏭️',
  failed: '❌',
  expired: '⌛',
  timed_out: '⏱️',
  pending: '⏸️',
};

/**
 * Makes text inert in HTML (and so in GitHub markdown, which leaves HTML blocks alone): escapes
 * `& < > " '` and turns line breaks into spaces, since a blank line would end the HTML block.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;
const label = (status: JobOutcome): string => `${ICON[status]} ${status.replace('_', ' ')}`;

/**
 * The run page's link to this run's artifacts, from the variables every workflow run sets;
 * undefined outside a workflow.
 */
export function artifactsUrl(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId } = env;
  if (!server || !repo || !runId) return undefined;
  return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${encodeURIComponent(runId)}#artifacts`;
}

/** Why a job did not complete, in one line of plain text. */
function reason(job: JobResult): string {
  if (job.error) return `${job.error.code}: ${job.error.message}`;
  if (job.status === 'pending') return 'not finished: the run stopped first; run again to finish';
  return job.rawStatus ?? job.status;
}

function promptCell(prompt: string, foldOver: number): string {
  if (prompt.length <= foldOver) return escapeHtml(prompt);
  const head = `${prompt.slice(0, Math.max(1, foldOver - 20)).trimEnd()}…`;
  const body = prompt
    .split(/\r?\n/)
    .map((line) => escapeHtml(line))
    .join('<br>');
  return `<details><summary>${escapeHtml(head)}</summary>${body}</details>`;
}

function row(cells: readonly string[], tag: 'td' | 'th' = 'td'): string {
  return `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
}

/** Adds `rows` to `lines` while the total stays within `budget` bytes; returns how many fit. */
function addWithin(lines: string[], rows: readonly string[], budget: number): number {
  let used = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
  let added = 0;
  for (const line of rows) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > budget) break;
    lines.push(line);
    used += size;
    added++;
  }
  return added;
}

/** What the video file is, ⚠️ when it is not what was asked. */
function madeCell(job: Report['jobs'][number]): string {
  const made = madeText(job);
  if (made === undefined) return '';
  const difference = differenceText(job);
  return difference ? `⚠️ ${escapeHtml(made)} <sub>(${escapeHtml(difference)})</sub>` : escapeHtml(made);
}

const perSecond = (usd: number | null): string => (usd === null ? '' : `$${usd.toFixed(3)}`);

/** The comparison table of a matrix run: one row per variant; none without variants. */
function variantTable(byVariant: VariantTable | undefined): string[] {
  const names = Object.keys(byVariant ?? {});
  if (byVariant === undefined || names.length === 0) return [];
  const lines = ['<h3>Variants</h3>', '<table>', row(['variant', 'model', 'completed', 'failed', 'median time', 'cost', 'per second', 'failures'], 'th')];
  for (const name of names) {
    const v = byVariant[name]!;
    const failures = Object.entries(v.failuresByCode).map(([code, n]) => `${escapeHtml(code)} ${n}`).join(', ');
    lines.push(row([code(name), `${escapeHtml(v.provider)} ${escapeHtml(v.model)}`, `${v.completed}/${v.total}`, String(v.failed), formatSeconds(v.medianSeconds), v.usdPerSecond === null ? 'price unknown' : formatUsd(v.costUsd), perSecond(v.usdPerSecond), failures]));
  }
  lines.push('</table>');
  return lines;
}

/** Warnings about the videos themselves, read from their files: not what was asked, or variants unlike each other. */
function videoWarnings(report: Report, listed = 5): string[] {
  const warnings: string[] = [];
  const unlike = report.jobs.filter((job) => (job.differs ?? []).length > 0);
  if (unlike.length > 0) {
    const shown = unlike.slice(0, listed).map((job) => `${job.id} ${differenceText(job)}`);
    const more = unlike.length > listed ? `, and ${unlike.length - listed} more` : '';
    warnings.push(`${unlike.length} video${unlike.length === 1 ? ' is' : 's are'} not what was asked: ${shown.join('; ')}${more}`);
  }
  const variants = variantWarning(report.jobs);
  if (variants) warnings.push(variants);
  return warnings;
}

/** The job summary of a finished (or stopped) run. */
export function buildSummary(report: Report, options: SummaryOptions = {}): string {
  const foldOver = options.foldPromptsOver ?? 80;
  const maxBytes = options.maxBytes ?? 900_000;
  const { summary } = report;
  const lines: string[] = warningLines([...(options.warnings ?? []), ...videoWarnings(report)]);
  const scope = options.scope ? ` (${escapeHtml(options.scope)})` : '';
  lines.push(`<h2>video-batch: ${summary.total} job${summary.total === 1 ? '' : 's'}${scope}</h2>`);
  const unpriced = summary.unpricedJobs > 0 ? ` (${summary.unpricedJobs} without a known price not counted)` : '';
  lines.push(
    `<p>Manifest ${code(report.manifest)}, ${escapeHtml(report.startedAt)} to ${escapeHtml(report.finishedAt)}; ${summary.videoSeconds} s of video; estimated cost ${escapeHtml(describeTotal(summary.estimatedCostUsd, summary.unpricedJobs, summary.total))}${summary.unpricedJobs >= summary.total ? '' : unpriced}${report.simulated === true ? ` (${SIMULATED_COST})` : ''}.</p>`,
  );
  if (report.interrupted) lines.push('<p><b>The run was stopped before every job ended</b>; run it again to finish the rest (finished videos are kept).</p>');
  const partial = partialNote(report);
  if (partial !== undefined) lines.push(`<p>⚠️ <b>${escapeHtml(partial)}</b></p>`);

  lines.push('<table>', row(['status', 'jobs'], 'th'));
  for (const status of JOB_OUTCOMES) if (summary[status] > 0) lines.push(row([label(status), String(summary[status])]));
  lines.push(row(['<b>total</b>', `<b>${summary.total}</b>`]), '</table>');
  lines.push(...variantTable(summary.byVariant));

  const failures = report.jobs.filter((job) => job.status !== 'completed' && job.status !== 'skipped');
  if (failures.length > 0) {
    const maxFailures = options.maxFailures ?? 50;
    lines.push(`<h3>Failures (${failures.length})</h3>`, '<ul>');
    for (const job of failures.slice(0, maxFailures)) {
      const where = `${job.source.file}:${job.source.line}`;
      lines.push(`<li>${code(job.id)} <b>${escapeHtml(job.status.replace('_', ' '))}</b>: ${escapeHtml(reason(job))} <sub>(${escapeHtml(where)})</sub></li>`);
    }
    if (failures.length > maxFailures) lines.push(`<li>and ${failures.length - maxFailures} more: see the table below and report.json</li>`);
    lines.push('</ul>');
  }

  const footer: string[] = [];
  if (options.artifactsUrl) footer.push(`<p>Videos and reports: <a href="${escapeHtml(options.artifactsUrl)}">this run's artifacts</a>.</p>`);
  lines.push('<h3>Jobs</h3>', '<table>', row(['id', 'status', 'video id', 'model', 'seconds', 'size', 'made', 'time', 'prompt'], 'th'));
  const rows = report.jobs.map((job) =>
    row([
      code(job.id),
      label(job.status),
      job.videoId ? code(job.videoId) : '',
      escapeHtml(job.model),
      job.seconds === null ? '' : String(job.seconds),
      job.size ? escapeHtml(job.size) : '',
      madeCell(job),
      formatDuration(job.durationMs),
      promptCell(job.prompt, foldOver),
    ]),
  );
  const reserve = 200 + footer.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
  const shown = addWithin(lines, rows, maxBytes - reserve);
  if (shown < rows.length) lines.push(`<tr><td colspan="9">and ${rows.length - shown} more jobs: the summary has a size limit; see report.md</td></tr>`);
  lines.push('</table>', ...footer);
  return `${lines.join('\n')}\n`;
}

/** A plan's cost per variant: one row per variant; none without variants. */
function planVariantTable(byVariant: VariantTable): string[] {
  const names = Object.keys(byVariant);
  if (names.length === 0) return [];
  const lines = ['<table>', row(['variant', 'model', 'jobs', 'est. cost', 'per second'], 'th')];
  for (const name of names) {
    const v = byVariant[name]!;
    lines.push(row([code(name), `${escapeHtml(v.provider)} ${escapeHtml(v.model)}`, String(v.total), v.usdPerSecond === null ? 'price unknown' : formatUsd(v.costUsd), perSecond(v.usdPerSecond)]));
  }
  lines.push('</table>');
  return lines;
}

/**
 * The job summary of a dry run: the plan with each job's estimated cost and the total, nothing sent.
 * `estimates` is keyed by job id; a job without one shows `price unknown`.
 */
export function buildPlanSummary(
  manifest: string,
  jobs: readonly JobSpec[],
  options: Pick<SummaryOptions, 'scope' | 'foldPromptsOver' | 'maxBytes' | 'warnings'> & { readonly estimates?: ReadonlyMap<string, CostEstimate> } = {},
): string {
  const foldOver = options.foldPromptsOver ?? 80;
  const scope = options.scope ? ` (${escapeHtml(options.scope)})` : '';
  const estimates = options.estimates ?? new Map<string, CostEstimate>();
  const total = totalCost(jobs.map((job) => estimates.get(job.id) ?? { seconds: 0 }));
  const unpriced = total.unpriced > 0 ? ` (${total.unpriced} job${total.unpriced === 1 ? '' : 's'} without a known price not counted)` : '';
  const lines = [
    ...warningLines(options.warnings),
    `<h2>video-batch dry run: ${jobs.length} job${jobs.length === 1 ? '' : 's'}${scope}</h2>`,
    `<p>Manifest ${code(manifest)} checked; nothing was sent. Estimated cost: <b>${formatUsd(total.usd)}</b>${unpriced}.</p>`,
    ...planVariantTable(planByVariant(jobs, estimates)),
    '<table>',
    row(['id', 'provider', 'model', 'seconds', 'size', 'est. cost', 'remix of', 'prompt'], 'th'),
  ];
  const rows = jobs.map((job) => {
    const usd = estimates.get(job.id)?.usd;
    return row([
      code(job.id),
      escapeHtml(job.provider),
      escapeHtml(job.model),
      job.seconds === undefined ? '' : String(job.seconds),
      job.size ? escapeHtml(job.size) : '',
      usd === undefined ? 'price unknown' : formatUsd(usd),
      job.remixOf ? code(job.remixOf.kind === 'job' ? job.remixOf.jobId : job.remixOf.videoId) : '',
      promptCell(job.prompt, foldOver),
    ]);
  });
  const shown = addWithin(lines, rows, (options.maxBytes ?? 900_000) - 200);
  if (shown < rows.length) lines.push(`<tr><td colspan="8">and ${rows.length - shown} more jobs</td></tr>`);
  lines.push('</table>');
  return `${lines.join('\n')}\n`;
}
