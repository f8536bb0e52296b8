/** `video-batch models`: the model catalog as an aligned text table or as JSON. Pure. */
import { CATALOG, describeReplacements, type CatalogRow, type Rate } from './catalog-data.js';
import { listValues } from './catalog.js';
import { wrap } from './model-sheet.js';

/** The catalog's rows, those of one provider when `provider` is given. */
export function catalogRows(provider?: string): readonly CatalogRow[] {
  return provider === undefined ? CATALOG : CATALOG.filter((row) => row.provider === provider);
}

/** Every provider some row names (today's providers and the ones listed ahead, e.g. vertex). */
export function catalogProviders(): string[] {
  return [...new Set(CATALOG.map((row) => row.provider))];
}

/** A table line never runs past this: `video-batch models` fits a 120-column terminal. */
export const TABLE_WIDTH = 120;

/** Live rows (ga, preview) first, then deprecated, then retired; the catalog's order within each. */
const RANK: Readonly<Record<string, number>> = { ga: 0, preview: 0, deprecated: 1, retired: 2 };

function usd(rate: Rate): string {
  if (typeof rate === 'number') return `$${rate}`;
  const values = Object.values(rate);
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? `$${low}` : `$${low}-${high}`;
}

/** A size list as its resolution tiers by short side (`480p,720p`, `720p-4k`): `models <id>` lists every size. */
function tiers(sizes: readonly string[]): string {
  const shorts = [...new Set(sizes.map((size) => Math.min(...size.split('x').map(Number))))].sort((a, b) => a - b);
  const names = shorts.map((short) => (short === 2160 ? '4k' : `${short}p`));
  return names.length <= 2 ? names.join(',') : `${names[0]}-${names.at(-1)}`;
}

/**
 * One line per row under a header, live rows first, columns padded to their widest cell, every
 * line at most TABLE_WIDTH: a model id too long for its column gets a line of its own above its
 * row, and a row's replacement goes on the line below it.
 */
export function catalogTable(rows: readonly CatalogRow[]): string[] {
  const sorted = [...rows].sort((a, b) => (RANK[a.status] ?? 0) - (RANK[b.status] ?? 0));
  const header = ['provider', 'model', 'status', 'seconds', 'sizes', 'usd/s'];
  const cells = sorted.map((row) => [
    row.provider,
    row.model,
    row.shutdown && row.status !== 'ga' ? `${row.status} ${row.shutdown}` : row.status,
    row.seconds ? listValues(row.seconds) : '-',
    row.sizes ? tiers(row.sizes) : '-',
    row.price ? usd(row.price.usd_per_second) : '-',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i]!.length)));
  const others = widths.reduce((sum, width, i) => (i === 1 ? sum : sum + width), 0) + 2 * (widths.length - 1);
  widths[1] = Math.min(widths[1]!, TABLE_WIDTH - others);
  const render = (line: readonly string[]): string => line.map((cell, i) => (i === line.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const lines = [render(header)];
  sorted.forEach((row, n) => {
    const line = cells[n]!;
    if (line[1]!.length > widths[1]!) {
      lines.push(`${line[0]!.padEnd(widths[0]!)}  ${line[1]}`.slice(0, TABLE_WIDTH));
      lines.push(render([line[0]!, '', ...line.slice(2)]));
    } else lines.push(render(line));
    if (row.replacement?.length) lines.push(...wrap(`  -> use ${describeReplacements(row.replacement)}`, TABLE_WIDTH, '     '));
  });
  return lines;
}

/** The rows as written in src/models.json (every field, status included), as one JSON document. */
export function catalogJson(rows: readonly CatalogRow[]): string {
  return `${JSON.stringify({ models: rows }, null, 2)}\n`;
}
