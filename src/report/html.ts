/**
 * report.html: the run as a gallery a person can open and watch. One self-contained file (inline
 * style and script, no network) with relative links into `videos/`, so the output folder can be
 * zipped, uploaded as a CI artifact or opened from disk.
 */
import { createHash } from 'node:crypto';
import type { JobOutcome } from '../types.js';
import { escapeHtml, ICONS, lazyPlayer, relativeHref, STATUS_LABELS } from './html-text.js';
import { compareChunks, compareLayout } from './html-compare.js';
import { COMPARE_CSS, COMPARE_SCRIPT } from './html-compare-style.js';
import { REPORT_CSS, REPORT_SCRIPT } from './html-style.js';
import { formatDuration } from './markdown-text.js';
import { partialNote, SIMULATED_COST, type Report } from './report.js';
import { differenceText, madeText } from './video-facts.js';
import { inputThumbnails } from './input-images.js';

type ReportJob = Report['jobs'][number];

export { escapeHtml, relativeHref, STATUS_LABELS };

const STATUS_ORDER: readonly JobOutcome[] = ['completed', 'skipped', 'failed', 'expired', 'timed_out', 'pending'];

/** Fields a later report version may carry; read defensively so older reports still render. */
interface CostFields {
  readonly estimatedCostUsd?: number | null;
  readonly unpricedJobs?: number;
  readonly priceSource?: string | null;
}

/** Renders report.html from a report. Pure: the same report always gives the same page. */
export function renderHtml(report: Report): string {
  return [...htmlChunks(report)].join('');
}

/**
 * report.html in pieces, one per job card: written as they come, a 10,000-job gallery never
 * exists as one string (see writeAtomic).
 */
export function* htmlChunks(report: Report): Generator<string> {
  const { summary } = report;
  // A run with variants opens on the Compare view; the gallery is a tab away.
  const layout = compareLayout(report);
  const css = layout ? `${REPORT_CSS.trim()}\n${COMPARE_CSS.trim()}` : REPORT_CSS.trim();
  const script = layout ? `${REPORT_SCRIPT.trim()}\n${COMPARE_SCRIPT.trim()}` : REPORT_SCRIPT.trim();
  // Only this page's own style and script may run, even if some value were ever left unescaped.
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(css)}'`,
    `script-src '${sha256(script)}'`,
    "img-src 'self' file: data:",
    "media-src 'self' file:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const counts = STATUS_ORDER.filter((status) => summary[status] > 0);
  const filters = [
    filterButton('all', 'All', summary.total, true),
    ...counts.map((status) => filterButton(status, STATUS_LABELS[status], summary[status], false)),
  ].join('');
  const title = `video-batch report: ${report.manifest}`;
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="video-batch">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<div class="wrap">
<header class="top">
<div class="brand">
<div class="logo" aria-hidden="true">${ICONS.film}</div>
<div>
<h1>video-batch report</h1>
<p class="sub"><code>${escapeHtml(report.manifest)}</code> · ${escapeHtml(formatTimestamp(report.startedAt))} · took ${escapeHtml(wallTime(report) || '0s')}</p>
</div>
</div>
</header>
${report.interrupted ? '<p class="banner" role="status">This run was stopped before every job ended. Run the same command again to finish it: nothing is paid for twice.</p>\n' : ''}${partialNote(report) === undefined ? '' : `<p class="banner" role="status">${escapeHtml(partialNote(report)!)}</p>\n`}<dl class="stats">
${statTiles(report)}
</dl>
${layout ? TABS : ''}<div id="view-gallery"${layout ? ' hidden' : ''}>
<div class="toolbar">
<div class="filters" role="group" aria-label="Filter by status">${filters}</div>
<input id="search" class="search" type="search" placeholder="Search prompts, ids, models  ( / )" aria-label="Search prompts" autocomplete="off">
</div>
<main class="grid">
`;
  for (const job of report.jobs) yield `${card(job)}\n`;
  yield `</main>
<p id="empty" class="empty" hidden>No job matches these filters.</p>
</div>
`;
  if (layout) {
    yield '<div id="view-compare">\n';
    yield* compareChunks(report, layout);
    yield '</div>\n';
  }
  yield `<footer>Made by video-batch · <a href="report.json">report.json</a> · <a href="report.md">report.md</a></footer>
</div>
<script>${script}</script>
</body>
</html>
`;
}

const TABS = `<nav class="tabs" role="tablist" aria-label="View">
<button type="button" class="tab" role="tab" data-view="compare" aria-selected="true" aria-controls="view-compare">Compare</button>
<button type="button" class="tab" role="tab" data-view="gallery" aria-selected="false" aria-controls="view-gallery">Gallery</button>
</nav>
`;

function statTiles(report: Report): string {
  const { summary } = report;
  const done = summary.completed + summary.skipped;
  const problems = summary.failed + summary.expired + summary.timed_out;
  const tiles = [
    tile('Jobs', String(summary.total)),
    tile('Completed', String(done), done > 0 ? 'ok' : ''),
    tile('Failed', String(problems), problems > 0 ? 'bad' : ''),
    tile('Wall time', escapeHtml(wallTime(report) || '0s')),
  ];
  // Jobs that name no duration take the provider's default, which the report does not know.
  if (summary.videoSeconds > 0) tiles.splice(3, 0, tile('Video', `${summary.videoSeconds}<small>s</small>`));
  const cost = (summary as CostFields).estimatedCostUsd;
  if (typeof cost === 'number') {
    // A run none of whose jobs has a price reads "unknown", never $0.00.
    const unpriced = (summary as CostFields).unpricedJobs ?? 0;
    const value = summary.total > 0 && unpriced >= summary.total ? 'unknown' : `$${cost.toFixed(2)}${unpriced > 0 ? `<small> + ${unpriced} unknown</small>` : ''}`;
    tiles.push(report.simulated === true ? tile('Est. cost (simulated)', `${value}<small> ${SIMULATED_COST}</small>`) : tile('Est. cost', value));
  }
  return tiles.join('\n');
}

function tile(label: string, valueHtml: string, tone = ''): string {
  return `<div class="stat${tone ? ` ${tone}` : ''}"><dt>${label}</dt><dd>${valueHtml}</dd></div>`;
}

function filterButton(filter: string, label: string, count: number, pressed: boolean): string {
  return `<button type="button" class="filter" data-filter="${escapeHtml(filter)}" aria-pressed="${pressed}">${escapeHtml(label)} <span class="n">${count}</span></button>`;
}

function card(job: ReportJob): string {
  const search = [job.id, job.prompt, job.model, job.provider].join(' ').toLowerCase();
  const meta = [
    `<li><b>${escapeHtml(job.model)}</b></li>`,
    `<li>${escapeHtml(job.provider)}</li>`,
    job.seconds === null ? '' : `<li>${job.seconds}s</li>`,
    job.size === null ? '' : `<li>${escapeHtml(job.size.replace('x', '×'))}</li>`,
    ...Object.entries(job.params ?? {}).map(([key, value]) => `<li class="param">${escapeHtml(`${key}: ${JSON.stringify(value)}`)}</li>`),
  ].filter(Boolean);
  const cost = (job as CostFields).estimatedCostUsd;
  const source = (job as CostFields).priceSource;
  if (typeof cost === 'number') meta.push(`<li${source ? ` title="${escapeHtml(`price: ${source}`)}"` : ''}>~$${cost.toFixed(2)}</li>`);
  else if (source) meta.push(`<li>${escapeHtml(source.split(':')[0] ?? 'price unknown')}</li>`);
  // What the file is, read from its header, beside what was asked.
  const made = madeText(job);
  const difference = differenceText(job);
  if (made) meta.push(`<li class="made${difference ? ' unlike' : ''}" title="read from the video file">${difference ? '⚠ ' : ''}made ${escapeHtml(made)}</li>`);
  const links = [
    job.file ? `<a href="${escapeHtml(relativeHref(job.file))}" download>Download</a>` : '',
    job.thumbnail ? `<a href="${escapeHtml(relativeHref(job.thumbnail))}">Thumbnail</a>` : '',
    job.spritesheet ? `<a href="${escapeHtml(relativeHref(job.spritesheet))}">Spritesheet</a>` : '',
    job.videoId ? `<span class="vid" title="video id">${escapeHtml(job.videoId)}</span>` : '',
  ].filter(Boolean);
  const time = formatDuration(job.durationMs);
  return `<article class="card" data-status="${escapeHtml(job.status)}" data-search="${escapeHtml(search)}">
${media(job)}
${inputThumbnails(job)}
<div class="body">
<div class="row"><span class="badge ${job.status}">${STATUS_LABELS[job.status]}</span>${time ? `<span class="time" title="${escapeHtml(timeTitle(job))}">${escapeHtml(time)}</span>` : ''}</div>
<h2 class="id" title="${escapeHtml(job.id)}">${escapeHtml(job.id)}</h2>
<p class="prompt" tabindex="0" role="button" aria-expanded="false" title="Show the whole prompt">${escapeHtml(job.prompt)}</p>
<ul class="meta">${meta.join('')}</ul>
${difference ? `<p class="unlike-note" role="note">⚠ Not what was asked: ${escapeHtml(difference)}</p>\n` : ''}${links.length > 0 ? `<div class="links">${links.join('')}</div>` : ''}
</div>
</article>`;
}

function media(job: ReportJob): string {
  if ((job.status === 'completed' || job.status === 'skipped') && job.file) return lazyPlayer(job.file, job.thumbnail);
  if (job.error) {
    return `<div class="media problem ${job.status}"><span class="code">${ICONS.alert}${escapeHtml(job.error.code)}</span><p class="message">${escapeHtml(job.error.message)}</p></div>`;
  }
  const note =
    job.status === 'pending'
      ? 'Not finished: run again to resume'
      : job.status === 'completed' || job.status === 'skipped'
        ? 'Not downloaded (run without --no-download to fetch it)'
        : STATUS_LABELS[job.status];
  return `<div class="media idle"><div class="placeholder">${ICONS.film}<span>${escapeHtml(note)}</span></div></div>`;
}

function wallTime(report: Report): string {
  return formatDuration(Date.parse(report.finishedAt) - Date.parse(report.startedAt));
}

/** `2026-11-26 14:03 UTC`: the same in every time zone, so the page is a pure function of the report. */
function formatTimestamp(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

function timeTitle(job: ReportJob): string {
  return job.finishedAt ? `finished ${formatTimestamp(job.finishedAt)}` : 'time taken';
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
