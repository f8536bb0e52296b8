/**
 * The Compare view of report.html: one row per prompt, one column per variant of a matrix run,
 * a header per column with its figures and a chart placing every variant by cost and time.
 * Rendered as HTML in pieces (one per row), like the gallery, so a large run never becomes one string.
 */
import { costTimeChart, variantColor } from './html-chart.js';
import { escapeHtml, ICONS, lazyPlayer, STATUS_LABELS } from './html-text.js';
import { formatDuration } from './markdown-text.js';
import type { Report } from './report.js';
import type { VariantFigures } from './variants.js';
import { inputThumbnails } from './input-images.js';
import { differenceText, madeSize, madeText, variantShapes, variantWarning, type VariantShape } from './video-facts.js';

type ReportJob = Report['jobs'][number];

/** A column of the comparison: a variant, its provider and model, and its figures when the report has them. */
export interface CompareColumn {
  readonly name: string;
  readonly provider: string;
  readonly model: string;
  readonly figures: VariantFigures | undefined;
  /** What its videos are, read from their files; undefined when none was measured. */
  readonly shape: VariantShape | undefined;
}

/** A row of the comparison: a prompt (the job id before expansion) and its job per column. */
export interface CompareRow {
  readonly group: string;
  readonly prompt: string;
  readonly cells: readonly (ReportJob | undefined)[];
}

export interface CompareLayout {
  readonly columns: readonly CompareColumn[];
  readonly rows: readonly CompareRow[];
  /** Jobs of the run that belong to no variant (opted out of the matrix): shown in the gallery only. */
  readonly outside: number;
}

/**
 * The comparison grid of a report, or undefined when no job has a variant (the page is then the
 * gallery alone). Columns follow `summary.byVariant`, then first appearance; rows, first appearance. Pure.
 */
export function compareLayout(report: Report): CompareLayout | undefined {
  const byVariant = report.summary.byVariant ?? {};
  const names = new Set(Object.keys(byVariant));
  const groups = new Map<string, { prompt: string; jobs: Map<string, ReportJob> }>();
  let outside = 0;
  for (const job of report.jobs) {
    const { variant } = job;
    if (variant === null || variant === undefined) {
      outside++;
      continue;
    }
    names.add(variant);
    const group = job.group ?? job.id;
    let row = groups.get(group);
    if (!row) groups.set(group, (row = { prompt: job.prompt, jobs: new Map() }));
    row.jobs.set(variant, job);
  }
  if (groups.size === 0) return undefined;
  const firstJob = new Map<string, ReportJob>();
  for (const row of groups.values()) for (const [name, job] of row.jobs) if (!firstJob.has(name)) firstJob.set(name, job);
  const shapes = new Map(variantShapes(report.jobs).map((shape) => [shape.name, shape]));
  const columns = [...names].map((name) => ({
    name,
    shape: shapes.get(name),
    provider: byVariant[name]?.provider ?? firstJob.get(name)?.provider ?? '',
    model: byVariant[name]?.model ?? firstJob.get(name)?.model ?? '',
    figures: byVariant[name],
  }));
  const rows = [...groups].map(([group, row]) => ({ group, prompt: row.prompt, cells: columns.map((column) => row.jobs.get(column.name)) }));
  return { columns, rows, outside };
}

/** The Compare view's HTML, in pieces: the chart and column headers first, then one piece per row. */
export function* compareChunks(report: Report, layout: CompareLayout): Generator<string> {
  const { columns } = layout;
  const costLabel = report.simulated ? 'Est. cost (simulated)' : 'Est. cost';
  const chart = costTimeChart(
    columns.map((column, index) => ({ name: column.name, color: variantColor(index), seconds: column.figures?.medianSeconds ?? null, usd: priced(column.figures) ? column.figures.costUsd : null })),
    costLabel,
  );
 const warning = variantWarning(report.jobs);
  yield `<section id="compare" class="compare" aria-label="Compare variants" data-run="${escapeHtml(report.startedAt)}" data-manifest="${escapeHtml(report.manifest)}">
${warning ? `<p class="banner warn" role="status">⚠ ${escapeHtml(warning.charAt(0).toUpperCase() + warning.slice(1))}.</p>\n` : ''}<div class="cmp-top">
<figure class="chart">${chart}<figcaption>Each variant by median generation time and ${escapeHtml(costLabel.toLowerCase())} of its prompts: lower left is faster and cheaper.</figcaption></figure>
<div class="cmp-actions">
<p class="cmp-count"><b id="picked">0</b> of ${layout.rows.length} prompts picked</p>
<button type="button" id="mute-all" class="btn" aria-pressed="true" title="Every player starts muted: several soundtracks at once are noise">Unmute all</button>
<button type="button" id="export-picks" class="btn primary">Export picks.json</button>
<p class="cmp-hint">Play a row to play its variants together; scrubbing one moves the others. Mark the best of a row, rate cells 1–5, add a note: kept in this browser for this report's folder, through a resume.</p>
${layout.outside > 0 ? `<p class="cmp-hint">${layout.outside} job${layout.outside === 1 ? '' : 's'} outside the matrix: see the Gallery.</p>` : ''}
</div>
</div>
<div class="cmp-scroll">
<div class="cmp-grid" role="table" aria-label="Variants of each prompt">
<div class="cmp-row cmp-head" role="row"><div class="cmp-corner" role="columnheader">Prompt</div>${columns.map((column, index) => columnHeader(column, index, report.simulated, warning !== undefined)).join('')}</div>
`;
  let index = 0;
  for (const row of layout.rows) yield `${compareRow(row, columns, index++)}\n`;
  yield `</div>
</div>
</section>
`;
}

/** Whether any job of the variant has a price (else its cost of 0 means unknown, not free). */
function priced(figures: VariantFigures | undefined): figures is VariantFigures & { usdPerSecond: number } {
  return figures !== undefined && figures.usdPerSecond !== null;
}

function columnHeader(column: CompareColumn, index: number, simulated: boolean, unlike: boolean): string {
  const figures = column.figures;
  const shape = column.shape;
  const lines = [`<div class="vh-name"><svg width="10" height="10" aria-hidden="true"><circle cx="5" cy="5" r="5" fill="${variantColor(index)}"/></svg><b>${escapeHtml(column.name)}</b></div>`];
  lines.push(`<div class="vh-model">${escapeHtml(column.provider)} · ${escapeHtml(column.model)}</div>`);
  if (figures) {
    const counts = [`<span class="ok">${figures.completed} completed</span>`, figures.failed > 0 ? `<span class="bad">${figures.failed} failed</span>` : `0 failed`];
    if (figures.pending > 0) counts.push(`${figures.pending} not finished`);
    lines.push(`<div class="vh-figs">${counts.join(' · ')}</div>`);
    const median = figures.medianSeconds === null ? '—' : formatDuration(figures.medianSeconds * 1000);
    const cost = priced(figures) ? `$${figures.costUsd.toFixed(2)} · $${figures.usdPerSecond.toFixed(3)}/s${simulated ? ' <small>(simulated)</small>' : ''}` : 'no known price';
    lines.push(`<div class="vh-figs">median ${escapeHtml(median)} · ${cost}</div>`);
    const codes = Object.entries(figures.failuresByCode).filter(([, count]) => count > 0);
    if (codes.length > 0) lines.push(`<ul class="vh-codes">${codes.map(([code, count]) => `<li>${escapeHtml(code)} ×${count}</li>`).join('')}</ul>`);
  }
  if (shape) {
    const facts = [shape.size ? `${shape.size}${shape.mixed ? ' (mixed)' : ''}` : '', shape.seconds === undefined ? '' : `${Number(shape.seconds.toFixed(2))}s`].filter(Boolean).join(' · ');
    lines.push(`<div class="vh-made${unlike ? ' unlike' : ''}" title="read from the video files">${unlike ? '⚠ ' : ''}made ${escapeHtml(facts)}</div>`);
  }
  // Filled in by the page script from the picks made so far.
  lines.push('<div class="vh-picks"><b class="vh-wins">0 wins</b> · <span class="vh-rating">not rated yet</span></div>');
  return `<div class="cmp-vh" role="columnheader" data-variant="${escapeHtml(column.name)}">${lines.join('')}</div>`;
}

function compareRow(row: CompareRow, columns: readonly CompareColumn[], index: number): string {
  const unlike = rowDiffers(row);
  const cells = row.cells.map((job, i) => compareCell(job, columns[i]!.name, index, unlike)).join('');
  return `<div class="cmp-row" role="row" data-group="${escapeHtml(row.group)}">
<div class="cmp-prompt" role="rowheader">
<div class="cp-top"><button type="button" class="play-row btn">Play row</button><h3 class="cp-id" title="${escapeHtml(row.group)}">${escapeHtml(row.group)}</h3></div>
<p class="prompt" tabindex="0" role="button" aria-expanded="false" title="Show the whole prompt">${escapeHtml(row.prompt)}</p>
${unlike ? `<p class="cp-warn">⚠ Its videos differ in ${unlike}: see each cell.</p>\n` : ''}<textarea class="note" rows="2" placeholder="Note" aria-label="Note on ${escapeHtml(row.group)}"></textarea>
</div>
${cells}
</div>`;
}

/** `size`, `length` or `size and length` when the row's videos differ so (read from their files); undefined when alike. */
function rowDiffers(row: CompareRow): string | undefined {
  const measured = row.cells.filter((job): job is ReportJob => job?.actual != null);
  const sizes = new Set(measured.map((job) => madeSize(job.actual)).filter(Boolean));
  const seconds = measured.map((job) => job.actual!.seconds).filter((value): value is number => value !== null);
  const size = sizes.size > 1;
  const length = seconds.length > 1 && Math.max(...seconds) - Math.min(...seconds) > 0.5;
  return size && length ? 'size and length' : size ? 'size' : length ? 'length' : undefined;
}

function compareCell(job: ReportJob | undefined, variant: string, rowIndex: number, rowUnlike: string | undefined): string {
  const name = escapeHtml(variant);
  if (!job) return `<div class="cmp-cell none" role="cell" data-variant="${name}"><div class="media idle"><div class="placeholder"><span>Not in this run</span></div></div></div>`;
  const done = job.status === 'completed' || job.status === 'skipped';
  // A job done in an earlier run took no time in this one.
  const time = job.status === 'skipped' ? '' : formatDuration(job.durationMs);
  const cost = job.estimatedCostUsd;
  const facts = [time ? `<span title="generation time">${escapeHtml(time)}</span>` : '', typeof cost === 'number' ? `<span title="estimated cost">$${cost.toFixed(2)}</span>` : ''].filter(Boolean).join('');
  // What the file is, shown when it is not what was asked or not like the row's other videos.
  const difference = differenceText(job);
  const made = madeText(job);
  const madeLine = made && (difference || rowUnlike) ? `<div class="cc-made unlike" title="${escapeHtml(difference ?? 'read from the video file')}">⚠ ${escapeHtml(made)}${difference ? ' <small>(not as asked)</small>' : ''}</div>` : '';
  const pick = `<label class="pick"><input type="radio" name="pick-${rowIndex}" value="${name}"> Best</label>`;
  const stars = done ? [1, 2, 3, 4, 5].map((n) => `<button type="button" class="star" data-rate="${n}" aria-pressed="false" aria-label="${n} of 5">★</button>`).join('') : '';
  return `<div class="cmp-cell" role="cell" data-variant="${name}" data-status="${escapeHtml(job.status)}"${job.differs?.length ? ` data-differs="${escapeHtml(job.differs.join(' '))}"` : ''}>
<div class="cc-variant">${name}</div>
${cellMedia(job)}
${inputThumbnails(job)}
${madeLine}
<div class="cc-bar"><span class="badge ${job.status}">${STATUS_LABELS[job.status]}</span><span class="cc-facts">${facts}</span></div>
${done ? `<div class="cc-bar">${pick}<span class="rate" role="group" aria-label="Rating">${stars}</span></div>` : ''}
</div>`;
}

/** The player: a stand-in until the row comes near the screen (see lazyPlayer). */
function cellMedia(job: ReportJob): string {
  // Muted: several soundtracks at once are noise (the Unmute all button).
  if ((job.status === 'completed' || job.status === 'skipped') && job.file) return lazyPlayer(job.file, job.thumbnail, { muted: true });
  if (job.error) {
    return `<div class="media problem ${job.status}"><span class="code">${ICONS.alert}${escapeHtml(job.error.code)}</span><p class="message">${escapeHtml(job.error.message)}</p></div>`;
  }
  const note = job.status === 'pending' ? 'Not finished: run again to resume' : job.status === 'completed' || job.status === 'skipped' ? 'Not downloaded' : STATUS_LABELS[job.status];
  return `<div class="media idle"><div class="placeholder">${ICONS.film}<span>${escapeHtml(note)}</span></div></div>`;
}
