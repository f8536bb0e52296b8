import { describe, expect, it } from 'vitest';
import { liveProgress, type Screen } from '../src/display/live.js';
import { timeLeft } from '../src/display/board.js';
import { baseResult, type JobResult } from '../src/runner/result.js';
import type { JobSpec, RemoteStatus } from '../src/types.js';

const job = (id: string): JobSpec => ({ id, prompt: `prompt of ${id}`, provider: 'openai', model: 'sora-2', seconds: 4, source: { file: 'm.yaml', line: 1 } });
const running = (progress: number): RemoteStatus => ({ state: 'running', rawStatus: 'in_progress', progress });
const queued: RemoteStatus = { state: 'queued', rawStatus: 'queued', progress: 0 };

/** A screen that records what a terminal would show: the live frame, and the lines kept above it. */
function recordingScreen() {
  const frames: string[] = [];
  const kept: string[] = [];
  let done = false;
  const screen: Screen = {
    update: (frame) => void frames.push(frame),
    persist: (line) => void kept.push(line),
    done: () => void (done = true),
    clear: () => void (done = true),
  };
  return { screen, frames, kept, isDone: () => done, last: () => frames.at(-1) ?? '' };
}

describe('the live progress display, driven by runner events on a fake clock', () => {
  it('draws the summary, a line per job in flight with its progress, and keeps a line per ended job', () => {
    let now = 1_000_000;
    const { screen, frames, kept, isDone, last } = recordingScreen();
    const display = liveProgress({ total: 4, now: () => now, screen, columns: 80, tickMs: 0 });
    expect(last()).toBe('0/4 done · 0 failed · 0 in flight · 4 queued   0s elapsed');

    now += 2_000;
    display.onJobSubmitted!(job('bottle-hero'), 'video_1', 'created');
    display.onJobProgress!(job('bottle-hero'), queued);
    now += 1_000;
    display.onJobSubmitted!(job('sneaker-launch'), 'video_2', 'created');
    display.onJobProgress!(job('sneaker-launch'), running(25));
    now += 4_000;
    display.onJobProgress!(job('bottle-hero'), running(50));
    expect(last()).toBe(
      [
        '0/4 done · 0 failed · 2 in flight · 2 queued   7s elapsed, about 30s left',
        '  bottle-hero     ████████░░░░░░░░  50%  in_progress     5s',
        '  sneaker-launch  ████░░░░░░░░░░░░  25%  in_progress     4s',
      ].join('\n'),
    );

    now += 5_000;
    const ended: JobResult = { ...baseResult(job('bottle-hero'), 'completed'), file: 'videos/bottle-hero.mp4', durationMs: 10_000 };
    display.onJobEnd!(ended);
    display.onJobSubmitted!(job('coffee'), 'video_3', 'created');
    now += 1_000;
    display.onJobEnd!({ ...baseResult(job('sneaker-launch'), 'failed'), error: { code: 'moderation_blocked', message: 'refused' } });
    expect(kept).toEqual([
      '[1/4] bottle-hero: completed -> videos/bottle-hero.mp4',
      '[2/4] sneaker-launch: failed: moderation_blocked: refused',
    ]);
    // Lines kept above the board are followed by a redraw, so the board never goes missing.
    expect(last()).toBe(
      [
        '1/4 done · 1 failed · 1 in flight · 1 queued   13s elapsed, about 13s left',
        '  coffee    ░░░░░░░░░░░░░░░░       submitted       1s',
      ].join('\n'),
    );

    display.onRetry!(job('coffee'), 'status', 'server error', 2_000);
    expect(kept.at(-1)).toBe('coffee: status failed (server error); retrying in 2s');

    now += 60_000;
    display.onJobEnd!({ ...baseResult(job('coffee'), 'completed'), file: 'videos/coffee.mp4' });
    display.onJobEnd!({ ...baseResult(job('last'), 'timed_out'), error: { code: 'timeout', message: 'no result within 60 s' } });
    display.onRunEnd!([]);
    expect(isDone()).toBe(true);
    expect(last()).toBe('2/4 done · 2 failed · 0 in flight · 0 queued   1m 13s elapsed');
    const count = frames.length;
    display.log('report: out/report.json');
    expect(frames.length).toBe(count); // stopped: no more redraws, the line is simply kept
    expect(kept.at(-1)).toBe('report: out/report.json');
    expect(frames.join('\n')).not.toContain('\u001b');
  });

  it('cuts long ids and lines to the terminal width and counts the jobs it has no room for', () => {
    const now = 0;
    const { screen, last } = recordingScreen();
    const display = liveProgress({ total: 5, now: () => now, screen, columns: 60, maxJobLines: 2, tickMs: 0 });
    for (const id of ['a-very-long-job-id-that-does-not-fit-anywhere', 'b', 'c']) display.onJobSubmitted!(job(id), 'v', 'created');
    const lines = last().split('\n');
    expect(lines).toEqual([
      '0/5 done · 0 failed · 3 in flight · 2 queued   0s elapsed',
      '  a-very-long-j…  ░░░░░░░░░░░░░░░░       submitted       0s',
      '  b               ░░░░░░░░░░░░░░░░       submitted       0s',
      '  … and 1 more in flight',
    ]);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
  });

  it('colours the counts and the bars only when colour is on', () => {
    const { screen, last } = recordingScreen();
    const display = liveProgress({ total: 2, now: () => 0, screen, columns: 80, color: true, tickMs: 0 });
    display.onJobSubmitted!(job('a'), 'v', 'created');
    display.onJobProgress!(job('a'), running(50));
    display.onJobEnd!({ ...baseResult(job('b'), 'failed'), error: { code: 'x', message: 'y' } });
    expect(last()).toContain('\u001b[31m1 failed\u001b[0m');
    expect(last()).toContain('\u001b[36m████████\u001b[0m');
  });

  it('redraws on its own so the clocks move between events, and stops when told', () => {
    let now = 0;
    const { screen, frames } = recordingScreen();
    const display = liveProgress({ total: 1, now: () => now, screen, tickMs: 5 });
    now = 3_000;
    return new Promise<void>((done) =>
      setTimeout(() => {
        display.stop();
        display.stop();
        expect(frames.at(-1)).toBe('0/1 done · 0 failed · 0 in flight · 1 queued   3s elapsed');
        const count = frames.length;
        setTimeout(() => {
          expect(frames.length).toBe(count);
          done();
        }, 20);
      }, 30),
    );
  });

  it('estimates the time left from whole jobs and the progress of those in flight', () => {
    expect(timeLeft(10_000, 4, 0, [])).toBeUndefined();
    expect(timeLeft(10_000, 4, 1, [])).toBe(30_000);
    expect(timeLeft(10_000, 4, 1, [{ progress: 50 }, { progress: 50 }])).toBe(10_000);
    expect(timeLeft(10_000, 4, 4, [])).toBeUndefined();
  });
});
