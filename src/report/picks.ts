/**
 * `video-batch picks`: what people chose in the comparison view (picks.json) against the run's
 * report: wins and ratings per variant; the manifests of the picked variants and of the prompts
 * left without a pick are written by picks-manifest.ts. Pure: text in, text out; the CLI reads and
 * writes the files.
 *
 * picks.json: `{ "run": <report startedAt>, "picks": [{ "prompt": <group id>, "variant": <name> | null,
 * "ratings": {<variant>: 1-5}, "note": <text> }] }`. A prompt is picked when its entry names a
 * variant; it is rejected when its entry has `variant: null` or the file has no entry for it.
 */
import { ConfigError } from '../errors.js';
import type { Report, ReportJob } from './report.js';


export interface Pick {
  readonly prompt: string;
  readonly variant: string | null;
  readonly ratings: Readonly<Record<string, number>>;
  readonly note: string;
}

export interface Picks {
  readonly run: string;
  readonly picks: readonly Pick[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses picks.json.
 * @throws ConfigError naming `path` and the entry that is not of the format.
 */
export function parsePicks(text: string, path: string): Picks {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigError(`${path} is not JSON; give the picks.json that the comparison view of report.html exported`);
  }
  if (!isObject(value) || !Array.isArray(value.picks)) throw new ConfigError(`${path} is not a picks.json: it needs "run" and a "picks" list`);
  const picks = value.picks.map((entry, index): Pick => {
    const where = `${path}: pick ${index + 1}`;
    if (!isObject(entry) || typeof entry.prompt !== 'string') throw new ConfigError(`${where} needs "prompt", the id of a prompt of the run`);
    if (entry.variant !== null && entry.variant !== undefined && typeof entry.variant !== 'string') throw new ConfigError(`${where}: "variant" must be a variant name or null`);
    const ratings: Record<string, number> = {};
    if (entry.ratings !== undefined && entry.ratings !== null) {
      if (!isObject(entry.ratings)) throw new ConfigError(`${where}: "ratings" must map variant names to 1-5`);
      for (const [variant, rating] of Object.entries(entry.ratings)) {
        if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 5) throw new ConfigError(`${where}: the rating of ${JSON.stringify(variant)} must be a whole number from 1 to 5`);
        ratings[variant] = rating;
      }
    }
    return { prompt: entry.prompt, variant: typeof entry.variant === 'string' ? entry.variant : null, ratings, note: typeof entry.note === 'string' ? entry.note : '' };
  });
  return { run: typeof value.run === 'string' ? value.run : '', picks };
}

/** The jobs of the report by prompt (group) and variant. */
function variantsByPrompt(report: Report): Map<string, Map<string, ReportJob>> {
  const byPrompt = new Map<string, Map<string, ReportJob>>();
  for (const job of report.jobs) {
    if (job.group === null || job.group === undefined || job.variant === null || job.variant === undefined) continue;
    const variants = byPrompt.get(job.group) ?? new Map<string, ReportJob>();
    variants.set(job.variant, job);
    byPrompt.set(job.group, variants);
  }
  return byPrompt;
}

export interface VariantTally {
  readonly variant: string;
  readonly wins: number;
  /** Mean rating, or null when nobody rated it. */
  readonly rating: number | null;
  readonly ratings: number;
}

export interface PicksOutcome {
  readonly tally: readonly VariantTally[];
  /** Prompt ids with a picked variant, in report order, with the chosen job. */
  readonly picked: readonly { readonly prompt: string; readonly job: ReportJob; readonly note: string }[];
  /** Prompt ids without a pick, in report order. */
  readonly rejected: readonly string[];
  /** Something to know that does not stop the command (picks of another run). */
  readonly warnings: readonly string[];
}

/**
 * Checks the picks against the report and counts them.
 * @throws ConfigError when the report has no matrix, or a pick names a prompt or variant the run did not have.
 */
export function tallyPicks(picks: Picks, report: Report): PicksOutcome {
  const byPrompt = variantsByPrompt(report);
  if (byPrompt.size === 0) throw new ConfigError('the report has no variants: picks compare the variants of a run with a "matrix:" block');
  const names = [...new Set(report.jobs.flatMap((job) => (job.variant ? [job.variant] : [])))];
  const warnings: string[] = [];
  if (picks.run !== '' && picks.run !== report.startedAt) warnings.push(`the picks are of run ${picks.run}, the report of run ${report.startedAt}; counted anyway`);
  const chosen = new Map<string, Pick>();
  for (const pick of picks.picks) {
    const variants = byPrompt.get(pick.prompt);
    if (variants === undefined) throw new ConfigError(`the picks name prompt ${JSON.stringify(pick.prompt)}, which the report has not; give the report.json of the run the picks were made on`);
    for (const variant of [...(pick.variant ? [pick.variant] : []), ...Object.keys(pick.ratings)]) {
      if (!variants.has(variant)) throw new ConfigError(`the picks name variant ${JSON.stringify(variant)} of prompt ${JSON.stringify(pick.prompt)}, which the run did not have (variants: ${[...variants.keys()].join(', ')})`);
    }
    chosen.set(pick.prompt, pick); // a later entry for the same prompt wins, as a later click would
  }
  const tally = names.map((variant): VariantTally => {
    const given = [...chosen.values()].flatMap((pick) => (pick.ratings[variant] === undefined ? [] : [pick.ratings[variant]!]));
    return {
      variant,
      wins: [...chosen.values()].filter((pick) => pick.variant === variant).length,
      rating: given.length === 0 ? null : Math.round((given.reduce((a, b) => a + b, 0) / given.length) * 100) / 100,
      ratings: given.length,
    };
  });
  const picked: { prompt: string; job: ReportJob; note: string }[] = [];
  const rejected: string[] = [];
  for (const [prompt, variants] of byPrompt) {
    const pick = chosen.get(prompt);
    if (pick?.variant) picked.push({ prompt, job: variants.get(pick.variant)!, note: pick.note });
    else rejected.push(prompt);
  }
  return { tally, picked, rejected, warnings };
}

/** The tally as the CLI prints it. */
export function tallyLines(outcome: PicksOutcome): string[] {
  const width = Math.max(7, ...outcome.tally.map((row) => row.variant.length));
  const lines = [`${'variant'.padEnd(width)}  wins  rating`];
  for (const row of outcome.tally) {
    const rating = row.rating === null ? '-' : `${row.rating.toFixed(1)} (${row.ratings} rated)`;
    lines.push(`${row.variant.padEnd(width)}  ${String(row.wins).padStart(4)}  ${rating}`);
  }
  const total = outcome.picked.length + outcome.rejected.length;
  lines.push(`${outcome.picked.length} of ${total} prompts picked${outcome.rejected.length > 0 ? `; no pick: ${outcome.rejected.join(', ')}` : ''}`);
  return lines;
}
