import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Simulator } from '../src/simulate.js';
import { runAgainst, useResources, writeManifest } from './helpers.js';

describe('work per job stays constant as a batch grows', () => {
  const use = useResources();

  async function runOf(sim: Simulator, n: number, dir: string) {
    const body = Array.from({ length: n }, (_, i) => `- {id: job-${String(i).padStart(4, '0')}, prompt: "Clip ${String(i).padStart(4, '0')}"}`).join('\n');
    const manifest = await writeManifest(dir, `m${n}.yaml`, `${body}\n`);
    const outDir = join(dir, `out${n}`);
    const result = await runAgainst(sim, { manifest, outDir, download: false, concurrency: 20 });
    expect(result.exitCode).toBe(0);
    const ledger = await readFile(join(outDir, 'ledger.jsonl'), 'utf8');
    return {
      ledgerLines: ledger.trim().split('\n').length,
      ledgerBytes: Buffer.byteLength(ledger),
      reportBytes: (await stat(join(outDir, 'report.json'))).size,
      requests: sim.stats.requests.length,
    };
  }

  it('appends three ledger lines per job and writes report and ledger bytes in proportion to the jobs', async () => {
    const sim = await use.simulator({ queueMs: 0, generationMs: 20 });
    const t = await use.folder();
    const small = await runOf(sim, 40, t.dir);
    const requestsAfterSmall = small.requests;
    const large = await runOf(sim, 80, t.dir);
    // intent, submitted, ended: no rewrite of earlier entries, whatever the size.
    expect(small.ledgerLines).toBe(3 * 40);
    expect(large.ledgerLines).toBe(3 * 80);
    expect(large.ledgerBytes / small.ledgerBytes).toBeGreaterThan(1.9);
    expect(large.ledgerBytes / small.ledgerBytes).toBeLessThan(2.1);
    expect(large.reportBytes / small.reportBytes).toBeGreaterThan(1.9);
    expect(large.reportBytes / small.reportBytes).toBeLessThan(2.1);
    // Requests grow with the jobs, not faster.
    expect((large.requests - requestsAfterSmall) / requestsAfterSmall).toBeLessThan(2.3);
  });
});
