/** Deterministic fault injection: faults are consumed in the order they were added. */

/** Which requests a fault applies to; `any` matches every request, unknown routes included. */
export type FaultRoute = 'create' | 'retrieve' | 'list' | 'content' | 'remix' | 'edit' | 'extend' | 'characters' | 'delete' | 'discovery' | 'any';

export type FaultKind =
  /** 429 with `retry-after`. */
  | 'rate_limit'
  /** 500. */
  | 'server_error'
  /** 503. */
  | 'unavailable'
  /** Destroy the socket before answering. */
  | 'drop'
  /** Handle the request for real (a create is billed), then destroy the socket without answering. */
  | 'accept_then_drop'
  /** Send headers with the full content-length and part of the body, then destroy the socket. */
  | 'truncate'
  /** Never answer (until the simulator closes). */
  | 'hang';

export interface Fault {
  readonly route: FaultRoute;
  readonly kind: FaultKind;
  /**
   * How many matching requests this fault hits.
   * @default 1
   */
  readonly times?: number;
  /**
   * `retry-after` of a `rate_limit` fault (fractions allowed; `retry-after-ms` carries them).
   * @default 1
   */
  readonly retryAfterSeconds?: number;
  /** Only requests whose prompt or video id contains this string. */
  readonly match?: string;
}

/** What a request offers for matching. */
export interface FaultSubject {
  readonly route: Exclude<FaultRoute, 'any'> | 'other';
  /** Prompt and/or video id of the request. */
  readonly texts: readonly string[];
}

interface PendingFault {
  readonly fault: Fault;
  remaining: number;
}

/** A per-simulator queue of faults. */
export class FaultQueue {
  private readonly pending: PendingFault[] = [];

  constructor(faults: readonly Fault[] = []) {
    this.add(faults);
  }

  add(faults: readonly Fault[]): void {
    for (const fault of faults) {
      const remaining = fault.times ?? 1;
      if (remaining > 0) this.pending.push({ fault, remaining });
    }
  }

  /** Consumes one use of the first fault that matches the request, if any. */
  take(subject: FaultSubject): Fault | undefined {
    const index = this.pending.findIndex(({ fault }) => matches(fault, subject));
    const entry = this.pending[index];
    if (!entry) return undefined;
    entry.remaining--;
    if (entry.remaining <= 0) this.pending.splice(index, 1);
    return entry.fault;
  }

  /** Drops every fault not yet used up: the server behaves again. */
  clear(): void {
    this.pending.length = 0;
  }

  /** Faults not yet used up. */
  get remaining(): number {
    return this.pending.reduce((sum, entry) => sum + entry.remaining, 0);
  }
}

function matches(fault: Fault, subject: FaultSubject): boolean {
  if (fault.route !== 'any' && fault.route !== subject.route) return false;
  const { match } = fault;
  return match === undefined || subject.texts.some((text) => text.includes(match));
}
