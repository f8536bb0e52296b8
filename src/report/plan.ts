/**
 * A dry run's plan as lines of text: every job with its estimated cost and fingerprint, the
 * variants of a matrix grouped under their prompt, then the cost per variant and in total. Pure.
 */
import { describeEstimate, describeTotal, formatUsd, totalCost, type CostEstimate } from '../cost/prices.js';
import { jobFingerprint } from '../runner/ledger.js';
import { baseResult } from '../runner/result.js';
import type { JobSpec } from '../types.js';
import { variantFigures, type VariantTable } from './variants.js';

/** Estimated cost and job count per variant of a plan; `{}` when no job has a variant. */
export function planByVariant(jobs: readonly JobSpec[], estimates: ReadonlyMap<string, CostEstimate>): VariantTable {
  return variantFigures(jobs.map((job) => baseResult(job, 'pending')), estimates);
}

/** The jobs in manifest order, the variants of one prompt together under it. */
export function groupJobs(jobs: readonly JobSpec[]): { readonly group?: string; readonly jobs: readonly JobSpec[] }[] {
  const groups: { group?: string; jobs: JobSpec[] }[] = [];
  const byGroup = new Map<string, { group?: string; jobs: JobSpec[] }>();
  for (const job of jobs) {
    if (job.group === undefined) {
      groups.push({ jobs: [job] });
      continue;
    }
    let entry = byGroup.get(job.group);
    if (entry === undefined) {
      entry = { group: job.group, jobs: [] };
      byGroup.set(job.group, entry);
      groups.push(entry);
    }
    entry.jobs.push(job);
  }
  return groups;
}

/** Hex digits of a fingerprint the plan shows: enough to tell requests apart by eye. */
export const FINGERPRINT_CHARS = 12;

const short = (prompt: string): string => JSON.stringify((prompt.length > 60 ? `${prompt.slice(0, 57)}...` : prompt).replace(/\s+/g, ' '));

/** Where each model's price comes from (the vendor's price API and date, the catalog's source, the manifest), once per model. */
function priceSources(jobs: readonly JobSpec[], estimates: ReadonlyMap<string, CostEstimate>): string[] {
  const byModel = new Map<string, string>();
  for (const job of jobs) {
    const estimate = estimates.get(job.id);
    const source = estimate?.priceSource ?? 'no price known (add it to the manifest\'s pricing block)';
    const key = `${job.provider} ${job.model}`;
    if (!byModel.has(key)) byModel.set(key, estimate?.usd === undefined && estimate?.unknownReason ? `${estimate.unknownReason}; ${source}` : source);
  }
  return [...byModel].map(([model, source]) => `price of ${model}: ${source}`);
}

export interface PlanOptions {
  /**
   * Jobs whose manifest `base_url` sends their key to a host that is not their provider's own
   * (nor one the operator set), by job id, with that origin. @default none
   */
  readonly foreignHosts?: ReadonlyMap<string, string>;
}

/** The plan's lines, as `video-batch run --dry-run` prints them. */
export function planLines(file: string, jobs: readonly JobSpec[], estimates: ReadonlyMap<string, CostEstimate>, options: PlanOptions = {}): string[] {
  const lines = [`${jobs.length} jobs in ${file} (dry run: nothing sent)`];
  const describe = (job: JobSpec): string => {
    const params = [job.provider, job.model, job.seconds === undefined ? '' : `${job.seconds}s`, job.size ?? '', job.params ? `params ${JSON.stringify(job.params)}` : '']
      .filter(Boolean)
      .join(' ');
    const estimate = estimates.get(job.id);
    // A manifest price below the catalog's is shown beside it, never instead of it.
    const catalog = estimate?.catalogUsd === undefined ? '' : ` (manifest price; ${estimate.listFrom ?? 'catalog'} ${formatUsd(estimate.catalogUsd)})`;
    const host = options.foreignHosts?.get(job.id);
    const sent = host === undefined ? '' : ` (sent to ${host}, the manifest's base_url)`;
    const extra = job.remixOf ? ` (remix of ${job.remixOf.kind === 'job' ? job.remixOf.jobId : job.remixOf.videoId})` : '';
    // The ledger's fingerprint: a job with the same one is the same request (and is not paid again).
    return `${params}  ${describeEstimate(estimate)}${catalog}${sent}${extra}  fp:${jobFingerprint(job).slice(0, FINGERPRINT_CHARS)}`;
  };
  for (const entry of groupJobs(jobs)) {
    if (entry.group === undefined) {
      for (const job of entry.jobs) lines.push(`  ${job.id}  ${describe(job)}  ${short(job.prompt)}`);
      continue;
    }
    lines.push(`  ${entry.group}  ${short(entry.jobs[0]!.prompt)}`);
    for (const job of entry.jobs) lines.push(`    @${job.variant}  ${describe(job)}`);
  }
  const byVariant = planByVariant(jobs, estimates);
  const names = Object.keys(byVariant);
  if (names.length > 0) {
    lines.push('cost per variant:');
    const width = Math.max(...names.map((name) => name.length));
    for (const name of names) {
      const v = byVariant[name]!;
      const perSecond = v.usdPerSecond === null ? 'price unknown' : `${formatUsd(v.costUsd)} ($${v.usdPerSecond.toFixed(3)}/s)`;
      lines.push(`  ${name.padEnd(width)}  ${v.provider} ${v.model}  ${v.total} job${v.total === 1 ? '' : 's'}  ${perSecond}`);
    }
  }
  const total = totalCost(jobs.map((job) => estimates.get(job.id) ?? { seconds: 0 }));
  const unpriced = total.unpriced > 0 ? ` (${total.unpriced} jobs without a known price not counted)` : '';
  lines.push(...priceSources(jobs, estimates));
  const atCatalog = totalCost(jobs.map((job) => estimates.get(job.id) ?? { seconds: 0 }).map((e) => (e.catalogUsd === undefined ? e : { ...e, usd: e.catalogUsd })));
  const vendor = jobs.some((job) => estimates.get(job.id)?.listFrom === 'vendor');
  const catalog = atCatalog.usd > total.usd ? ` (${formatUsd(atCatalog.usd)} at ${vendor ? 'list' : 'the catalog\'s'} prices)` : '';
  lines.push(`estimated cost: ${total.unpriced >= jobs.length && jobs.length > 0 ? describeTotal(total.usd, total.unpriced, jobs.length) : `${formatUsd(total.usd)}${catalog}${unpriced}`}`);
  return lines;
}
