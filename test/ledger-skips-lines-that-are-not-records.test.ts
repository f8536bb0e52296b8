import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAgainst, useResources, writeManifest } from './helpers.js';

describe('a ledger line that is valid JSON but not a record', () => {
  const use = useResources();

  it('is skipped like a torn line: the next run neither crashes nor forgets what the valid lines say', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: lake, prompt: A calm lake}\n- {id: hill, prompt: A windy hill}\n');
    const outDir = join(t.dir, 'out');
    expect((await runAgainst(sim, { manifest, outDir, variants: [] })).exitCode).toBe(0);
    const ledger = join(outDir, 'ledger.jsonl');
    await appendFile(ledger, ['null', '42', '[]', '"text"', 'true', '{}', '{"type":"submitted"}', '{"type":"ended","jobId":"lake"}', '{"type":"submitted","jobId":"hill","fingerprint":7,"videoId":"video_x","at":1}', ''].join('\n'));

    const again = await runAgainst(sim, { manifest, outDir, variants: [] });
    expect(again.exitCode).toBe(0);
    expect(again.report!.jobs.map((j) => j.status)).toEqual(['skipped', 'skipped']);
    expect(sim.stats.billedCreates).toBe(2);
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as { jobs: { status: string }[] };
    expect(report.jobs.every((j) => j.status === 'skipped')).toBe(true);
  });
});
