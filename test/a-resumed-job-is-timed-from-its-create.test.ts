import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAgainst, useResources, writeManifest } from './helpers.js';

describe("a job's time runs from its create, across a stop and a resume", () => {
  const use = useResources();

  it('jobs collected after a resume report the start and duration of their create, as the ledger has it', async () => {
    const sim = await use.simulator({ generationMs: 1500 });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: fox, prompt: "A fox"}\n- {id: owl, prompt: "An owl"}\n');
    const outDir = join(t.dir, 'out');
    const stop = new AbortController();
    const watcher = setInterval(() => {
      if (sim.stats.billedCreates >= 2) stop.abort(new Error('SIGINT'));
    }, 5);
    const first = await runAgainst(sim, { manifest, outDir, concurrency: 2 }, { signal: stop.signal });
    clearInterval(watcher);
    expect(first.report!.jobs.map((j) => j.status)).toEqual(['pending', 'pending']);

    const ledger = (await readFile(join(outDir, 'ledger.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { type: string; jobId: string; at: number });
    const second = await runAgainst(sim, { manifest, outDir, concurrency: 2 });
    expect(sim.stats.billedCreates).toBe(2);
    for (const job of second.report!.jobs) {
      expect(job.status).toBe('completed');
      expect(job.attempts).toBe(0);
      const sent = ledger.find((entry) => entry.type === 'intent' && entry.jobId === job.id)!;
      expect(job.startedAt).toBe(new Date(sent.at).toISOString());
      expect(job.durationMs).toBe(Date.parse(job.finishedAt!) - sent.at);
    }
  });
});
