/**
 * Whether a recent list proves that a create which failed without a clear answer made this job's
 * video, proves it made none, or cannot tell. Pure: the list comes in, a verdict goes out.
 */
import type { ListedVideo, RecentVideos } from '../providers/types.js';
import { canonicalJson } from '../manifest/index.js';
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
  /** Every unowned video of the span states a prompt, model, seconds, size or request field this job did not ask for. */
  | { readonly kind: 'none'; readonly checked: number }
  | { readonly kind: 'uncertain'; readonly candidates: readonly Candidate[]; readonly why: string };

function joinAnd(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** How a listed video's request fields compare with those this job sent, field by field. */
export interface RequestComparison {
  /** Stated on both sides, equal. */
  readonly same: readonly string[];
  /** Stated on both sides, different: the video is another request's. */
  readonly differs: readonly string[];
  /** Stated on one side only: neither a match nor a difference (a vendor may fill or drop a field). */
  readonly unstated: readonly string[];
}

/** Compares two request records field by field (values compared with object keys sorted); empty when either is absent. Pure. */
export function compareRequest(listed: Readonly<Record<string, unknown>> | undefined, sent: Readonly<Record<string, unknown>> | undefined): RequestComparison {
  if (!listed || !sent) return { same: [], differs: [], unstated: [] };
  const same: string[] = [];
  const differs: string[] = [];
  const unstated: string[] = [];
  for (const key of [...new Set([...Object.keys(sent), ...Object.keys(listed)])].sort()) {
    if (!Object.hasOwn(listed, key) || !Object.hasOwn(sent, key)) unstated.push(key);
    else if (canonicalJson(listed[key]) === canonicalJson(sent[key])) same.push(key);
    else differs.push(key);
  }
  return { same, differs, unstated };
}

/**
 * Adopts only on positive evidence: the list states the same prompt AND model, a creation time
 * inside the span (with `CLOCK_SLACK_MS` either side), and no job claimed the id. A stated
 * seconds or size must equal the job's (when the job sets it); an unstated one neither matches
 * nor rules out. Every other request field the list states (`request`: seed, duration, images...)
 * must equal what this job sent: one that differs rules the video out (a sibling variant's), one
 * stated on one side only leaves it a candidate, never adopted.
 * A video the list cannot rule out (no prompt, model or time) is a candidate:
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
    const fields = compareRequest(video.request, recent.sent);
    if (fields.differs.length > 0) continue;
    const unstated = [
      ...(video.prompt === undefined ? ['prompt'] : []),
      ...(!remix && video.model === undefined ? ['model'] : []),
      ...(video.createdAtMs === undefined ? ['creation time'] : []),
      ...fields.unstated.map((key) => `"${key}"`),
    ];
    if (unstated.length === 0) matches.push(video);
    else candidates.push({ id: video.id, unstated });
  }
  // Params the list does not state (the OpenAI shape echoes none): two matches may be this job and
  // a sibling variant that differs only there, and which is which cannot be told.
  const hasParams = job.params !== undefined && Object.keys(job.params).length > 0;
  const blind = hasParams ? matches.filter((video) => video.request === undefined || recent.sent === undefined) : [];
  if (blind.length > 1) {
    return {
      kind: 'uncertain',
      candidates: matches.map((video) => ({ id: video.id, unstated: ['params'] })),
      why: `the list shows ${matches.length} videos with this job's prompt and model but not their params, so which one (if any) is this job's cannot be told`,
    };
  }
  // The oldest match is the one closest to this create; any other is someone's copy, left alone.
  const best = matches.at(-1);
  if (best) {
    const compared = remix ? ['prompt'] : ['prompt', 'model'];
    const unstated: string[] = blind.includes(best) ? ['params'] : [];
    if (!remix && job.seconds !== undefined) (best.seconds === undefined ? unstated : compared).push('seconds');
    if (!remix && job.size !== undefined) (best.size === undefined ? unstated : compared).push('size');
    const request = compareRequest(best.request, recent.sent).same;
    const evidence =
      `the list shows ${best.id} with the same ${joinAnd(compared)}` +
      (request.length > 0 ? `, and the same request fields (${request.map((key) => `"${key}"`).join(', ')})` : '') +
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
