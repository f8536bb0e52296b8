import type { RunnerEvents } from '../runner/events.js';
/** A line per state change, for stderr (the live display is a separate subscriber). */
export declare function stateChangeLog(total: number, write: (line: string) => void): RunnerEvents;
