/**
 * A video's measured size and length in words, and how it differs from what was asked, for every
 * report (report.md, the job summary, report.html). Pure; the caller escapes.
 */
import type { VideoHeader } from '../runner/video-header.js';
import type { ReportJob } from './report.js';

type Job = Pick<ReportJob, 'size' | 'seconds' | 'actual' | 'differs'>;

/** `720×1280`, or undefined when the header gave no size. */
export function madeSize(actual: VideoHeader | null | undefined): string | undefined {
  return actual?.width != null && actual.height != null ? `${actual.width}×${actual.height}` : undefined;
}

/** `4.04s` trimmed to what matters: `4s`, `5.04s`; undefined when unknown. */
export function madeSeconds(actual: VideoHeader | null | undefined): string | undefined {
  return actual?.seconds != null ? `${Number(actual.seconds.toFixed(2))}s` : undefined;
}

/** `720×1280 · 4s`: what the file is; `unknown` when its header could not be read; undefined without a file. */
export function madeText(job: Job): string | undefined {
  if (job.actual === undefined) return undefined;
  const parts = [madeSize(job.actual), madeSeconds(job.actual)].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'unknown';
}

/** `made 720×1280, asked 1280×720; made 4s, asked 8s`, or undefined when the video is what was asked. */
export function differenceText(job: Job): string | undefined {
  const differs = job.differs ?? [];
  if (differs.length === 0) return undefined;
  const parts: string[] = [];
  if (differs.includes('size') && job.size) parts.push(`made ${madeSize(job.actual)}, asked ${job.size.replace('x', '×')}`);
  if (differs.includes('seconds') && job.seconds !== null) parts.push(`made ${madeSeconds(job.actual)}, asked ${job.seconds}s`);
  return parts.join('; ');
}

/** Whether the video is turned the other way from what was asked (the difference worth a glance first). */
export function orientation(width: number, height: number): 'portrait' | 'landscape' | 'square' {
  return width === height ? 'square' : width > height ? 'landscape' : 'portrait';
}

/** What one variant's videos are, by their headers: the most common size and the median length. */
export interface VariantShape {
  readonly name: string;
  /** Most common `W×H` among its videos; undefined when none was measured. */
  readonly size: string | undefined;
  /** True when its own videos come in more than one size. */
  readonly mixed: boolean;
  readonly seconds: number | undefined;
}

/** Each variant's shape, in the order variants first appear; variants with no measured video are left out. */
export function variantShapes(jobs: readonly Pick<ReportJob, 'variant' | 'actual'>[]): VariantShape[] {
  const byVariant = new Map<string, { sizes: Map<string, number>; seconds: number[] }>();
  for (const job of jobs) {
    if (!job.variant || !job.actual) continue;
    const entry = byVariant.get(job.variant) ?? { sizes: new Map<string, number>(), seconds: [] };
    byVariant.set(job.variant, entry);
    const size = madeSize(job.actual);
    if (size) entry.sizes.set(size, (entry.sizes.get(size) ?? 0) + 1);
    if (job.actual.seconds !== null) entry.seconds.push(job.actual.seconds);
  }
  return [...byVariant]
    .filter(([, entry]) => entry.sizes.size > 0 || entry.seconds.length > 0)
    .map(([name, entry]) => {
      const sorted = [...entry.seconds].sort((a, b) => a - b);
      return {
        name,
        size: [...entry.sizes].sort((a, b) => b[1] - a[1])[0]?.[0],
        mixed: entry.sizes.size > 1,
        seconds: sorted.length > 0 ? sorted[Math.floor(sorted.length / 2)] : undefined,
      };
    });
}

/**
 * One line warning that the variants made videos of different sizes or lengths (so a side-by-side
 * is not like for like), naming each variant's; undefined when they agree. Plain text.
 */
export function variantWarning(jobs: readonly Pick<ReportJob, 'variant' | 'actual'>[], toleranceSeconds = 0.5): string | undefined {
  const shapes = variantShapes(jobs);
  if (shapes.length < 2) return undefined;
  const sizes = new Set(shapes.map((shape) => shape.size).filter(Boolean));
  const seconds = shapes.map((shape) => shape.seconds).filter((value): value is number => value !== undefined);
  const sizeDiffers = sizes.size > 1 || shapes.some((shape) => shape.mixed);
  const lengthDiffers = seconds.length > 1 && Math.max(...seconds) - Math.min(...seconds) > toleranceSeconds;
  if (!sizeDiffers && !lengthDiffers) return undefined;
  const what = sizeDiffers && lengthDiffers ? 'sizes and lengths' : sizeDiffers ? 'sizes' : 'lengths';
  const each = shapes.map((shape) => {
    const facts = [shape.size ? `${shape.size}${shape.mixed ? ' (mixed)' : ''}` : '', shape.seconds === undefined ? '' : `${Number(shape.seconds.toFixed(2))}s`].filter(Boolean);
    return `${shape.name} ${facts.join(', ')}`;
  });
  return `the variants made videos of different ${what}, so side by side they are not like for like: ${each.join('; ')}`;
}
