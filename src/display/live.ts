/**
 * The live terminal display: the progress board redrawn in place, with a line kept in the
 * scrollback for every job that ends and every retry (the same lines as the plain log).
 */
import { createLogUpdate } from 'log-update';
import { stateChangeLog } from '../report/log.js';
import type { RunnerEvents } from '../runner/events.js';
import { progressBoard, type BoardOptions } from './board.js';

/** Where frames go: redrawn in place, or kept above the live area. */
export interface Screen {
  /** Replace the live area with `frame`. */
  update(frame: string): void;
  /** Write `line` above the live area, where it stays. */
  persist(line: string): void;
  /** Leave the last frame in place and stop redrawing. */
  done(): void;
  /** Erase the live area and stop redrawing. */
  clear(): void;
}

export interface LiveProgressOptions extends BoardOptions {
  readonly screen: Screen;
  /** Redraws this often so the clocks move between events; 0 = only on events. @default 1000 */
  readonly tickMs?: number;
}

/** A display the run subscribes to, with `log` for other lines and `stop` for the end (idempotent). */
export interface LiveProgress extends RunnerEvents {
  log(line: string): void;
  /** Stops redrawing, leaving the last frame; with `clear`, erases it (a stopped run's counts go stale). */
  stop(options?: { readonly clear?: boolean }): void;
}

/** Builds a live display; it draws at once and on every event until `stop()` or the run's end. */
export function liveProgress(options: LiveProgressOptions): LiveProgress {
  const { screen } = options;
  const board = progressBoard(options);
  let stopped = false;
  const draw = (): void => {
    if (!stopped) screen.update(board.frame());
  };
  const persist = (line: string): void => {
    screen.persist(line);
    draw();
  };
  // The ends and retries people want to scroll back to: the plain log's own lines.
  const lines = stateChangeLog(options.total, persist);
  const tickMs = options.tickMs ?? 1000;
  const timer = tickMs > 0 ? setInterval(draw, tickMs) : undefined;
  timer?.unref();
  const stop = (options: { readonly clear?: boolean } = {}): void => {
    if (stopped) return;
    if (!options.clear) draw();
    stopped = true;
    if (timer) clearInterval(timer);
    if (options.clear) screen.clear();
    else screen.done();
  };
  draw();
  return {
    onJobSubmitted(job, videoId, how) {
      board.onJobSubmitted?.(job, videoId, how);
      draw();
    },
    onJobProgress(job, status) {
      board.onJobProgress?.(job, status);
      draw();
    },
    onRetry(job, what, reason, delayMs) {
      lines.onRetry?.(job, what, reason, delayMs);
    },
    onJobEnd(result) {
      board.onJobEnd?.(result);
      // Once stopped by a signal, the run's end is summed up once by the caller, not job by job.
      if (!stopped) lines.onJobEnd?.(result);
    },
    onRunEnd() {
      stop();
    },
    log(line) {
      if (stopped) screen.persist(line);
      else persist(line);
    },
    stop,
  };
}

/** A terminal-like stream: stderr, or a fake in tests. */
export type TerminalStream = NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number; readonly rows?: number };

/**
 * A screen on a terminal stream through log-update: it redraws only the lines that changed, wraps
 * to the terminal's width, clips to its height, hides the cursor while it draws and restores it on
 * exit, and wraps each redraw in synchronized output so terminals never show half a frame.
 */
export function terminalScreen(stream: TerminalStream): Screen {
  const render = createLogUpdate(stream);
  return {
    update: (frame) => render(frame),
    persist: (line) => render.persist(line),
    done: () => render.done(),
    clear: () => {
      render.clear();
      render.done();
    },
  };
}
