/**
 * Which progress display a terminal gets: the live board on an interactive terminal, plain
 * state-change lines anywhere else (CI logs, pipes, files), nothing but the essentials with --quiet.
 */
import type { RunnerEvents } from '../runner/events.js';
import { liveProgress, terminalScreen, type LiveProgress, type Screen, type TerminalStream } from './live.js';

export interface DisplayOptions {
  /** Where progress goes (stderr for the CLI). */
  readonly stream: TerminalStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Show no progress, only warnings, the report's path and the final counts. @default false */
  readonly quiet?: boolean;
  /** @default Date.now */
  readonly now?: () => number;
  /** Overrides the log-update screen, for tests. */
  readonly screen?: Screen;
}

export interface Display {
  /** For `RunDeps.progress`: a builder for the live board, `null` for none, undefined for plain lines. */
  readonly progress: ((total: number) => RunnerEvents) | null | undefined;
  /** For `RunDeps.log`: while the board is live, lines go above it instead of through it. */
  readonly log: (line: string) => void;
  /** Leaves the terminal as it was (cursor shown, last frame kept); call when the run ends or throws. */
  readonly stop: () => void;
  /**
   * For a stop by signal: erases the live board (its counts would go stale while the run winds
   * down) and stops drawing, so the lines that follow are read in order.
   */
  readonly interrupt: () => void;
  readonly kind: 'live' | 'lines' | 'quiet';
}

/** True when colour is allowed: not turned off by NO_COLOR (any non-empty value, see no-color.org). */
export function colorAllowed(env: Readonly<Record<string, string | undefined>>): boolean {
  return (env.NO_COLOR ?? '') === '';
}

/** The narrowest terminal the board can be drawn in (its own minimum width). */
export const MIN_BOARD_COLUMNS = 20;

/**
 * True when the stream is a terminal that can redraw in place. A terminal that reports no size
 * (0 columns or rows: some CI pseudo-terminals, a detached tmux pane) would get every frame
 * wrapped or clipped away, so it gets plain lines.
 */
export function canRedraw(stream: TerminalStream, env: Readonly<Record<string, string | undefined>>): boolean {
  if (stream.isTTY !== true || env.TERM === 'dumb') return false;
  const tooNarrow = stream.columns !== undefined && !(stream.columns >= MIN_BOARD_COLUMNS);
  const tooShort = stream.rows !== undefined && !(stream.rows >= 1);
  return !tooNarrow && !tooShort;
}

/** Picks the display for a stream and environment. */
export function chooseDisplay(options: DisplayOptions): Display {
  const { stream, env } = options;
  const plain = (line: string): void => void stream.write(`${line}\n`);
  const none = (): void => {};
  if (options.quiet) return { progress: null, log: plain, stop: none, interrupt: none, kind: 'quiet' };
  if (!canRedraw(stream, env)) return { progress: undefined, log: plain, stop: none, interrupt: none, kind: 'lines' };
  let live: LiveProgress | undefined;
  return {
    kind: 'live',
    progress: (total) => {
      live = liveProgress({
        total,
        now: options.now ?? Date.now,
        screen: options.screen ?? terminalScreen(stream),
        columns: stream.columns,
        color: colorAllowed(env),
        // Room for the summary line and the prompt below the board.
        maxJobLines: Math.max(1, Math.min(12, (stream.rows ?? 24) - 4)),
      });
      return live;
    },
    log: (line) => (live ? live.log(line) : plain(line)),
    stop: () => live?.stop(),
    interrupt: () => live?.stop({ clear: true }),
  };
}
