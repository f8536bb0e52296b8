/** `video-batch models`: the model catalog as an aligned text table or as JSON. Pure. */
import { CATALOG, describeReplacements, type CatalogRow, type Rate } from './catalog-data.js';
import { listValues } from './catalog.js';

/** The catalog's rows, those of one provider when `provider` is given. */
export function catalogRows(provider?: string): readonly CatalogRow[] {
  return provider === undefined ? CATALOG : CATALOG.filter((row) => row.provider === provider);
}

/** Every provider some row names (today's providers and the ones listed ahead, e.g. vertex). */
export function catalogProviders(): string[] {
  return [...new Set(CATALOG.map((row) => row.provider))];
}

function usd(rate: Rate): string {
  if (typeof rate === 'number') return `$${rate}`;
  const values = Object.values(rate);
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? `$${low}` : `$${low}-${high}`;
}

/** One line per row under a header, columns padded to their widest cell. */
export function catalogTable(rows: readonly CatalogRow[]): string[] {
  const header = ['provider', 'model', 'status', 'seconds', 'sizes', 'usd/s', 'replacement'];
  const cells = rows.map((row) => [
    row.provider,
    row.model,
    row.shutdown && row.status !== 'ga' ? `${row.status} ${row.shutdown}` : row.status,
    row.seconds ? listValues(row.seconds) : '-',
    row.sizes ? shortList(row.sizes) : '-',
    row.price ? usd(row.price.usd_per_second) : '-',
    row.replacement ? describeReplacements(row.replacement) : '',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i]!.length)));
  return [header, ...cells].map((line) => line.map((cell, i) => (i === line.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

/** The rows as written in src/models.json (every field, status included), as one JSON document. */
export function catalogJson(rows: readonly CatalogRow[]): string {
  return `${JSON.stringify({ models: rows }, null, 2)}\n`;
}

/** Up to four sizes, then how many more (`--json` lists them all), so a row fits a terminal. */
function shortList(sizes: readonly string[]): string {
  return sizes.length <= 4 ? sizes.join(',') : `${sizes.slice(0, 4).join(',')} +${sizes.length - 4} more`;
}
