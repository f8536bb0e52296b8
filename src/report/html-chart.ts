/** The small inline SVG chart of the Compare view: each variant placed by median time and cost. */
import { escapeHtml } from './html-text.js';
import { formatDuration } from './markdown-text.js';

/** A variant on the chart; `seconds` or `usd` null when it has no completed video or no price. */
export interface ChartPoint {
  readonly name: string;
  readonly color: string;
  readonly seconds: number | null;
  readonly usd: number | null;
}

/** Colours told apart in light and dark mode, by column. */
const COLORS = ['#4f46e5', '#e11d48', '#059669', '#d97706', '#0891b2', '#9333ea', '#65a30d', '#db2777'] as const;

export function variantColor(index: number): string {
  return COLORS[index % COLORS.length]!;
}

const W = 520;
const H = 220;
const PAD = { left: 56, right: 16, top: 14, bottom: 40 } as const;

/** A round upper bound and its ticks (1, 2 or 5 times a power of ten), starting at 0. */
function ticks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const count = Math.ceil(max / step);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** `2.5s` under a minute (ticks may fall on halves), `1m 30s` above. */
function seconds(s: number): string {
  return s < 60 ? `${Number(s.toFixed(1))}s` : formatDuration(s * 1000);
}

/** The chart as an SVG element; variants without both figures are listed under it, not placed. Pure. */
export function costTimeChart(points: readonly ChartPoint[], costLabel: string): string {
  const placed = points.filter((p): p is ChartPoint & { seconds: number; usd: number } => p.seconds !== null && p.usd !== null);
  const xs = ticks(Math.max(0, ...placed.map((p) => p.seconds)) * 1.1);
  const ys = ticks(Math.max(0, ...placed.map((p) => p.usd)) * 1.1);
  const xMax = xs[xs.length - 1]!;
  const yMax = ys[ys.length - 1]!;
  const x = (s: number) => PAD.left + (s / xMax) * (W - PAD.left - PAD.right);
  const y = (usd: number) => H - PAD.bottom - (usd / yMax) * (H - PAD.top - PAD.bottom);
  const f = (n: number) => n.toFixed(1);
  const grid = [
    ...xs.map((t) => `<line class="gl" x1="${f(x(t))}" x2="${f(x(t))}" y1="${PAD.top}" y2="${H - PAD.bottom}"/><text class="tk" x="${f(x(t))}" y="${H - PAD.bottom + 14}" text-anchor="middle">${escapeHtml(seconds(t))}</text>`),
    ...ys.map((t) => `<line class="gl" x1="${PAD.left}" x2="${W - PAD.right}" y1="${f(y(t))}" y2="${f(y(t))}"/><text class="tk" x="${PAD.left - 6}" y="${f(y(t) + 4)}" text-anchor="end">$${t.toFixed(yMax < 5 ? 2 : 0)}</text>`),
  ].join('');
  // Labels of variants with (nearly) the same figures are stacked, not drawn over each other.
  const labels: { x: number; y: number }[] = [];
  const dots = placed
    .map((p) => {
      const cx = x(p.seconds);
      const cy = y(p.usd);
      const right = cx > W - 140;
      let ly = cy + 4;
      while (labels.some((l) => Math.abs(l.x - cx) < 90 && Math.abs(l.y - ly) < 13)) ly += 13;
      labels.push({ x: cx, y: ly });
      return `<g class="pt"><title>${escapeHtml(`${p.name}: median ${seconds(p.seconds)}, $${p.usd.toFixed(2)}`)}</title><circle cx="${f(cx)}" cy="${f(cy)}" r="6" fill="${p.color}"/><text class="pl" x="${f(right ? cx - 10 : cx + 10)}" y="${f(ly)}" text-anchor="${right ? 'end' : 'start'}">${escapeHtml(p.name)}</text></g>`;
    })
    .join('');
  const axes = `<text class="al" x="${(PAD.left + W - PAD.right) / 2}" y="${H - 6}" text-anchor="middle">Median generation time</text><text class="al" transform="translate(14 ${(PAD.top + H - PAD.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(costLabel)}</text>`;
  const missing = points.filter((p) => p.seconds === null || p.usd === null);
  const note = missing.length > 0 ? `<text class="tk" x="${W - PAD.right}" y="${PAD.top + 8}" text-anchor="end">Not placed (no video made in this run, or no price): ${escapeHtml(missing.map((p) => p.name).join(', '))}</text>` : '';
  return `<svg class="cmp-chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Variants by median generation time and cost">${grid}${axes}${dots}${note}</svg>`;
}
