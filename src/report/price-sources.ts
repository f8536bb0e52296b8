/**
 * report.md's "Prices" section: where each model's estimate came from (the vendor's price API
 * with its date, the catalog row's source, the manifest's pricing block) or why it is unknown,
 * once per model and source. Pure.
 */
import type { Report } from './report.js';
import { codeSpan, escapeCell } from './markdown-text.js';

export function priceSourceLines(report: Report): string[] {
  const seen = new Map<string, number>();
  for (const job of report.jobs) {
    const source = (job as { priceSource?: string | null }).priceSource ?? 'price unknown';
    const key = `${job.provider}\u0000${job.model}\u0000${source}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  if (seen.size === 0) return [];
  const lines = ['## Prices', ''];
  for (const [key, count] of seen) {
    const [provider, model, source] = key.split('\u0000') as [string, string, string];
    lines.push(`- ${codeSpan(model)} (${escapeCell(provider)}, ${count} ${count === 1 ? 'job' : 'jobs'}): ${escapeCell(source)}`);
  }
  lines.push('');
  return lines;
}
