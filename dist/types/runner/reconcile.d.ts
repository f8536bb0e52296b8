/**
 * Whether a recent list proves that a create which failed without a clear answer made this job's
 * video, proves it made none, or cannot tell. Pure: the list comes in, a verdict goes out.
 */
import type { RecentVideos } from '../providers/types.js';
import type { JobSpec } from '../types.js';
/** Slack on each side of a create's time window: the client's and the server's clocks differ. */
export declare const CLOCK_SLACK_MS = 60000;
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
{
    readonly kind: 'adopt';
    readonly id: string;
    readonly evidence: string;
    readonly alsoMatching: readonly string[];
}
/** Every unowned video of the span states a prompt, model, seconds, size or request field this job did not ask for. */
 | {
    readonly kind: 'none';
    readonly checked: number;
} | {
    readonly kind: 'uncertain';
    readonly candidates: readonly Candidate[];
    readonly why: string;
};
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
export declare function compareRequest(listed: Readonly<Record<string, unknown>> | undefined, sent: Readonly<Record<string, unknown>> | undefined): RequestComparison;
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
export declare function judgeRecent(job: JobSpec, recent: RecentVideos, span: CreateSpan, claimed: ReadonlySet<string>): Verdict;
