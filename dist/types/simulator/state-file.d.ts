import type { VideoJob } from './videos.js';
/** What the file holds. */
export interface StoredState {
    readonly videos: readonly VideoJob[];
    readonly deleted: readonly string[];
}
/** A state file that cannot be read back; its message says how to get going again. */
export declare class SimulatorStateError extends Error {
    readonly name = "SimulatorStateError";
}
/**
 * The state stored at `path`; empty when there is no file yet.
 * @throws SimulatorStateError when the file exists but is not a state this simulator wrote
 */
export declare function loadState(path: string): StoredState;
/** Replaces the file at `path` with `state` in one rename, so a kill never leaves half a file. */
export declare function saveState(path: string, state: StoredState): void;
