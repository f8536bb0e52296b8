/**
 * Whether a recent list proves that a create which failed without a clear answer made this job's
 * video, proves it made none, or cannot tell. Pure: the list comes in, a verdict goes out.
 */
import type { ListedVideo, RecentVideos } from '../providers/types.js';
import type { JobSpec } from '../types.js';

/** Slack on each side of a create's time window: the client's and the server's clocks differ. */
export const CLOCK_SLACK_MS = 60_000;

/** When the create may have been made: from its send to its failure (or to now, for a run that died). */
export interface CreateSpan {
  readonly sinceMs: number;
  readonly untilMs: number;
}

export interface Candidate {
  readonly id: string;
  /** What the list did not state, so the video can be neither adopted nor ruled out. */
  readonly unstated: readonly string[];
}

export type Verdict =
  /** `id` states this job's prompt and model, was made in the span, and no job owns it. */
  | { readonly kind: 'adopt'; readonly id: string; readonly evidence: string; readonly alsoMatching: readonly string[] }
  /** Every unowned video of the span states a prompt, model, seconds or size this job did not ask for. */
  | { readonly kind: 'none'; readonly checked: number }
  | { readonly kind: 'uncertain'; readonly candidates: readonly Candidate[]; readonly why: string };

function joinAnd(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * Adopts only on positive evidence: the list states the same prompt AND model, a creation time
 * inside the span (with `CLOCK_SLACK_MS` either side), and no job claimed the id. A stated
 * seconds or size must equal the job's (when the job sets it); an unstated one neither matches
 * nor rules out. A video the list cannot rule out (no prompt, model or time) is a candidate:
 * then the verdict is `uncertain`, and so is an empty answer from a list that does not reach
 * back to the span (`truncated`). A remix is judged by its prompt and time alone: it takes its
 * source's model, seconds and size, which the job's own fields do not describe.
 */
export function judgeRecent(job: JobSpec, recent: RecentVideos, span: CreateSpan, claimed: ReadonlySet<string>): Verdict {
  const from = span.sinceMs - CLOCK_SLACK_MS;
  const to = span.untilMs + CLOCK_SLACK_MS;
  const matches: ListedVideo[] = [];
  const candidates: Candidate[] = [];
  // A remix takes its source's model, duration and size, not the job's: only its prompt can tell.
  const remix = job.remixOf !== undefined;
  let checked = 0;
  for (const video of recent.videos) {
    if (claimed.has(video.id)) continue;
    if (video.createdAtMs !== undefined && (video.createdAtMs < from || video.createdAtMs > to)) continue;
    checked++;
    if (video.prompt !== undefined && video.prompt !== job.prompt) continue;
    if (!remix && video.model !== undefined && video.model !== job.model) continue;
    if (!remix && video.seconds !== undefined && job.seconds !== undefined && video.seconds !== String(job.seconds)) continue;
    if (!remix && video.size !== undefined && job.size !== undefined && video.size !== job.size) continue;
    const unstated = [
      ...(video.prompt === undefined ? ['prompt'] : []),
      ...(!remix && video.model === undefined ? ['model'] : []),
      ...(video.createdAtMs === undefined ? ['creation time'] : []),
    ];
    if (unstated.length === 0) matches.push(video);
    else candidates.push({ id: video.id, unstated });
  }
  // The oldest match is the one closest to this create; any other is someone's copy, left alone.
  const best = matches.at(-1);
  if (best) {
    const compared = remix ? ['prompt'] : ['prompt', 'model'];
    const unstated: string[] = [];
    if (!remix && job.seconds !== undefined) (best.seconds === undefined ? unstated : compared).push('seconds');
    if (!remix && job.size !== undefined) (best.size === undefined ? unstated : compared).push('size');
    const evidence =
      `the list shows ${best.id} with the same ${joinAnd(compared)}` +
      (unstated.length > 0 ? ` (${joinAnd(unstated)} not stated by the list)` : '') +
      (remix ? " (a remix takes its source's model and size)" : '') +
      `, made at ${new Date(best.createdAtMs!).toISOString()} within this create's window and claimed by no other job`;
    return { kind: 'adopt', id: best.id, evidence, alsoMatching: matches.slice(0, -1).map((v) => v.id) };
  }
  if (candidates.length > 0) {
    const kinds = [...new Set(candidates.flatMap((c) => c.unstated))];
    return { kind: 'uncertain', candidates, why: `the list does not state the ${joinAnd(kinds)} of ${candidates.length === 1 ? 'a video' : `${candidates.length} videos`} that may be this job's` };
  }
  if (recent.truncated) return { kind: 'uncertain', candidates: [], why: 'the list does not reach back to the time of the create' };
  return { kind: 'none', checked };
}
