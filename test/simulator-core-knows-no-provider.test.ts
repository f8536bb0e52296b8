import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_MODULES } from '../src/providers/list.js';
import { simulatorBaseUrl, startSimulator } from '../src/simulate.js';

const CORE = join(import.meta.dirname, '..', 'src', 'simulator');

/** Every import or re-export of each core module (type-only ones too): where it points, relative to src/. */
function coreImports(): { file: string; target: string }[] {
  return readdirSync(CORE)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(join(CORE, file), 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((match) => ({
        file,
        target: match[1]!.startsWith('.') ? relative(join(CORE, '..'), resolve(CORE, match[1]!)) : match[1]!,
      })),
    );
}

describe('the simulator core', () => {
  it('imports nothing outside src/simulator but node built-ins: the routes are handed to it', () => {
    const outside = coreImports().filter(({ target }) => !target.startsWith('simulator/') && !target.startsWith('node:'));
    expect(outside).toEqual([]);
  });

  it('answers for every provider module when src/simulate.ts composes it', async () => {
    const sim = await startSimulator();
    try {
      for (const module of PROVIDER_MODULES) expect(simulatorBaseUrl(sim, module.name)).toBe(`${sim.origin}${module.simulator.basePath}`);
      // One route of a provider the core never names answers as that API: fal's queue status of an unknown id.
      const res = await fetch(`${simulatorBaseUrl(sim, 'fal')}/fal-ai/veo3.1/requests/nope/status`, { headers: { authorization: 'Key k' } });
      expect(res.status).toBe(404);
      expect(sim.stats.requests.at(-1)?.route).not.toBe('other');
    } finally {
      await sim.close();
    }
  });
});
