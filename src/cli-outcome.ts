/**
 * What the CLI prints on stdout when a run ends: one line with the counts and what the exit code
 * means, and after a stop, what was kept and the command that resumes. Pure: report in, text out.
 */
import { basename, isAbsolute, relative } from 'node:path';
import type { Report } from './report/report.js';
import { JOB_OUTCOMES } from './types.js';

/** The counts of a report as `3 completed, 1 failed`. */
export function countsLine(report: Report): string {
  const s = report.summary;
  const parts = JOB_OUTCOMES.filter((o) => o !== 'pending' && s[o] > 0).map((o) => `${s[o]} ${o.replace('_', ' ')}`);
  return parts.join(', ') || 'no jobs';
}

/** The last line of a run that ended by itself: counts, then what its exit code says. */
export function resultLine(report: Report, exitCode: number, failOn: string): string {
  const s = report.summary;
  const notDone = s.total - s.completed - s.skipped;
  const meaning =
    exitCode === 2
      ? 'a key was refused and no video was made; fix the key (see the warning above) and run again'
      : exitCode === 0
      ? notDone === 0
        ? 'every job completed'
        : `${notDone} did not complete, allowed by --fail-on ${failOn}`
      : `${notDone} of ${s.total} did not complete (--fail-on ${failOn}); see report.md`;
  return `${countsLine(report)}; exit ${exitCode}: ${meaning}`;
}

/**
 * The lines that end a run stopped by a signal: what was kept (finished videos, and the ids of
 * those in flight, which a re-run resumes without paying again), then the command that resumes.
 */
export function stoppedLines(report: Report, signal: string, resume: string): string[] {
  const pending = report.jobs.filter((job) => job.status === 'pending');
  const inFlight = pending.filter((job) => job.videoId !== null).length;
  // A create sent without an answer yet is not "not started": it may have made (and billed) a video.
  const unanswered = pending.filter((job) => job.videoId === null && job.attempts > 0).length;
  const notStarted = pending.length - inFlight - unanswered;
  const ended = report.summary.total - pending.length;
  const kept = [
    `${ended === 0 ? 'no job ended' : countsLine(report)}`,
    ...(inFlight > 0 ? [`${inFlight} in flight (video ids kept: a re-run collects them without paying again)`] : []),
    ...(unanswered > 0 ? [`${unanswered} created without an answer yet (a re-run looks for their videos before creating again)`] : []),
    ...(notStarted > 0 ? [`${notStarted} not started`] : []),
  ];
  return [`stopped by ${signal}: ${kept.join(', ')}`, `to finish, run again: ${resume}`];
}

/**
 * The command that resumes this run: the same arguments, without `--fresh` (which would set aside
 * the ledger the re-run needs). `script` is how the CLI was started (process.argv[1]).
 */
export function resumeCommand(args: readonly string[], script: string, cwd: string): string {
  const kept = args.filter((arg) => arg !== '--fresh');
  const name = basename(script);
  const start = name === 'video-batch' ? ['video-batch'] : ['node', isAbsolute(script) && !relative(cwd, script).startsWith('..') ? relative(cwd, script) : script];
  return [...start, ...kept].map(shellQuote).join(' ');
}

/** `it's` -> `'it'\''s'`; plain words stay bare. */
function shellQuote(word: string): string {
  return /^[\w./:=@,+%-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
