interface Waiter {
  readonly exclusive: boolean;
  readonly grant: () => void;
}

/**
 * One per endpoint: creates share it, a reconcile holds it alone. So a reconcile reads the list
 * only when every create in flight has answered (its id claimed), and no create starts while it
 * reads; otherwise another job's video, made but not yet answered, would look unowned.
 * First come, first served, so a waiting reconcile is not starved by later creates.
 */
export class CreateLock {
  private creates = 0;
  private reconciling = false;
  private readonly queue: Waiter[] = [];

  /** Runs a create under the shared hold. */
  whileCreating<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.hold(false, call, signal);
  }

  /** Runs a reconcile alone: after every create in flight has answered, before any new one. */
  whileReconciling<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.hold(true, call, signal);
  }

  private async hold<T>(exclusive: boolean, call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(exclusive, signal);
    try {
      return await call();
    } finally {
      if (exclusive) this.reconciling = false;
      else this.creates--;
      this.pump();
    }
  }

  private acquire(exclusive: boolean, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        this.pump();
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        exclusive,
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.reconciling) {
      const next = this.queue[0]!;
      if (next.exclusive && this.creates > 0) return;
      this.queue.shift();
      if (next.exclusive) this.reconciling = true;
      else this.creates++;
      next.grant();
    }
  }
}
