import type { StoredState } from './state-file.js';
import type { VideoJob } from './videos.js';
export type ListOrder = 'asc' | 'desc';
export interface PageRequest {
    /** Id of the last video of the previous page. */
    readonly after?: string;
    readonly limit: number;
    readonly order: ListOrder;
}
export interface Page {
    readonly jobs: readonly VideoJob[];
    readonly hasMore: boolean;
}
export declare class VideoStore {
    private readonly onChange;
    /** Every video ever created, deleted ones included, so a deleted id still works as a cursor. */
    private readonly ordered;
    private readonly byId;
    private readonly deleted;
    /**
     * @param initial videos an earlier simulator held (see state-file.ts)
     * @param onChange called after every add and delete, e.g. to save the state
     */
    constructor(initial?: StoredState, onChange?: (store: VideoStore) => void);
    /** Everything the store holds, for saving. */
    snapshot(): StoredState;
    /** A fresh id shaped like the real API's: `video_` + 48 hex characters. */
    newId(): string;
    add(job: VideoJob): void;
    /** The video, unless unknown or deleted. */
    get(id: string): VideoJob | undefined;
    delete(id: string): boolean;
    /**
     * One page of live videos. `desc` is newest first (ties broken by creation order).
     * @returns undefined when `after` names no video this store ever held
     */
    page(request: PageRequest): Page | undefined;
}
