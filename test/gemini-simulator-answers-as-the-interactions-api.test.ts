/**
 * The simulator's gemini routes answer as the Interactions API does: a background interaction
 * polled by id, the video inline when small and as a Files API uri (ACTIVE, then `:download`) when
 * large, so the client's both paths run against it byte for byte.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulatorBaseUrl } from '../src/simulate.js';
import { serverBytes, useResources } from './helpers.js';
import { runGemini } from './gemini-fixture.js';
import { storeId } from './provider-support.js';

describe('the simulated Interactions API', () => {
  const use = useResources();

  it.each([
    ['inline', 0, 0],
    ['a Files API uri', 5 * 1024 * 1024, 1],
  ])('delivers the video %s and the client saves it exactly', async (_name, contentBytes, downloads) => {
    const sim = await use.simulator({ contentBytes });
    const t = await use.folder();
    const { job, outDir } = await runGemini(t.dir, simulatorBaseUrl(sim, 'gemini'));
    expect(job.status).toBe('completed');
    const onDisk = await readFile(join(outDir, job.file!));
    expect(onDisk.equals(await serverBytes(sim, storeId(sim, 'a fox')))).toBe(true);
    expect(sim.stats.requests.filter((r) => r.route === 'content' && r.path.endsWith(':download'))).toHaveLength(downloads);
    expect(sim.stats.billedCreates).toBe(1);
  });
});
