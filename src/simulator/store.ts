/** The simulator's videos, in creation order, with cursor paging. One store per simulator. */
import { randomBytes } from 'node:crypto';
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

export class VideoStore {
  /** Every video ever created, deleted ones included, so a deleted id still works as a cursor. */
  private readonly ordered: VideoJob[] = [];
  private readonly byId = new Map<string, VideoJob>();
  private readonly deleted = new Set<string>();

  /**
   * @param initial videos an earlier simulator held (see state-file.ts)
   * @param onChange called after every add and delete, e.g. to save the state
   */
  constructor(initial: StoredState = { videos: [], deleted: [] }, private readonly onChange: (store: VideoStore) => void = () => undefined) {
    for (const job of initial.videos) {
      this.ordered.push(job);
      this.byId.set(job.id, job);
    }
    for (const id of initial.deleted) if (this.byId.has(id)) this.deleted.add(id);
  }

  /** Everything the store holds, for saving. */
  snapshot(): StoredState {
    return { videos: [...this.ordered], deleted: [...this.deleted] };
  }

  /** A fresh id shaped like the real API's: `video_` + 48 hex characters. */
  newId(): string {
    for (;;) {
      const id = `video_${randomBytes(24).toString('hex')}`;
      if (!this.byId.has(id)) return id;
    }
  }

  add(job: VideoJob): void {
    this.ordered.push(job);
    this.byId.set(job.id, job);
    this.onChange(this);
  }

  /** The video, unless unknown or deleted. */
  get(id: string): VideoJob | undefined {
    return this.deleted.has(id) ? undefined : this.byId.get(id);
  }

  delete(id: string): boolean {
    if (!this.get(id)) return false;
    this.deleted.add(id);
    this.onChange(this);
    return true;
  }

  /**
   * One page of live videos. `desc` is newest first (ties broken by creation order).
   * @returns undefined when `after` names no video this store ever held
   */
  page(request: PageRequest): Page | undefined {
    const all = request.order === 'desc' ? [...this.ordered].reverse() : this.ordered;
    let start = 0;
    if (request.after !== undefined) {
      const index = all.findIndex((job) => job.id === request.after);
      if (index < 0) return undefined;
      start = index + 1;
    }
    const live = all.slice(start).filter((job) => !this.deleted.has(job.id));
    return { jobs: live.slice(0, request.limit), hasMore: live.length > request.limit };
  }
}
