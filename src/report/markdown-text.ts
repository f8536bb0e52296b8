/**
 * The text helpers report.md, its overview, the job summary and report.html share: escaping for
 * markdown cells and code spans, and a duration in words. Below every renderer, importing none.
 */

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

/** `42s`, `3m 5s`, `2h 10m`; empty for null. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${s % 60}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}
