import { describe, expect, it } from 'vitest';
import { RateGate } from '../src/runner/gate.js';
import { FakeClock } from './fake-clock.js';

/** Sends `n` requests through the gate at once; returns when each was let out. */
async function sendAll(gate: RateGate, clock: FakeClock, names: readonly string[], urgent: readonly string[] = []): Promise<Record<string, number>> {
  const at: Record<string, number> = {};
  const all = names.map((name) => gate.wait(undefined, urgent.includes(name)).then(() => void (at[name] = clock.now())));
  await clock.run();
  await Promise.all(all);
  return at;
}

describe('the rate gate', () => {
  it('lets everything out at once until a 429', async () => {
    const clock = new FakeClock();
    const gate = new RateGate(clock);
    expect(Object.values(await sendAll(gate, clock, ['a', 'b', 'c']))).toEqual([0, 0, 0]);
  });

  it('holds every request for a lone 429\'s Retry-After, then does not pace', async () => {
    const clock = new FakeClock();
    const gate = new RateGate(clock);
    gate.rateLimited(2_000);
    gate.rateLimited(2_000); // its twin, sent at the same moment
    expect(Object.values(await sendAll(gate, clock, ['a', 'b', 'c']))).toEqual([2_000, 2_000, 2_000]);
    expect(gate.spacingMs()).toBe(0);
  });

  it('paces at exactly the limit the server states, polls ahead of queued creates', async () => {
    const clock = new FakeClock();
    const gate = new RateGate(clock);
    gate.rateLimited(500, 60); // 60 a minute: one a second
    const at = await sendAll(gate, clock, ['create1', 'create2', 'create3', 'poll'], ['poll']);
    expect(at).toEqual({ poll: 500, create1: 1_500, create2: 2_500, create3: 3_500 });
    gate.answered();
    expect(gate.spacingMs()).toBe(1_000);
  });

  it('without a stated limit, slows on a 429 that follows a pause and speeds up with each answer', async () => {
    const clock = new FakeClock();
    const gate = new RateGate(clock);
    gate.rateLimited(1_000);
    await sendAll(gate, clock, ['a']);
    gate.rateLimited(1_000); // the limit bites again after the pause: sustained
    expect(gate.spacingMs()).toBe(1_000);
    const at = await sendAll(gate, clock, ['b', 'c']);
    expect(at.c! - at.b!).toBe(1_000);
    gate.answered();
    expect(gate.spacingMs()).toBe(800);
  });
});
