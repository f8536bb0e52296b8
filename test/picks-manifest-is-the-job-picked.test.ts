/**
 * `picks --write-manifest` writes the jobs that were picked, not a sketch of them: every field that
 * made the variant (params, size, seconds, image, endpoint, key variable) and the manifest's pricing
 * and models. Proved through the real CLI: a matrix run under --simulate, picks, the written
 * manifest, and `--dry-run` on both, whose fingerprints (the ledger's identity of a request) match.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, useResources, writeManifest } from './helpers.js';
import { writePng } from './provider-support.js';

const MANIFEST = `pricing:
  seedance-1-0-lite-t2v-250428: 0.07
models:
  kling-v2-1-master: {usd_per_second: 0.31}
defaults: {seconds: 4}
matrix:
  variants:
    pro: {model: seedance-1-0-pro-250528, params: {seed: 7, camera_fixed: true}}
    lite: {model: seedance-1-0-lite-t2v-250428, size: 1280x720, api_key_env: GATEWAY_KEY, base_url: "https://gateway.example/v1"}
    kling: {model: kling-v2-1-master, params: {seed: 3}}
jobs:
  - {id: fox, prompt: A fox in snow}
  - {id: owl, prompt: An owl at night, input_reference: still.png}
  - {id: sea, prompt: "Waves on black sand\\n# a line that looks like a comment"}
`;

/** `id -> [fingerprint, cost]` from a dry run's plan; a variant's line is keyed `group@variant`. */
function planned(stdout: string): Map<string, [string, string]> {
  const jobs = new Map<string, [string, string]>();
  let group = '';
  for (const line of stdout.split('\n')) {
    const head = /^ {2}(\S+) {2}/.exec(line);
    if (head) group = head[1]!;
    const fp = /(\$[\d.]+|price unknown) {2}fp:([0-9a-f]{12})/.exec(line);
    if (!fp) continue;
    const variant = /^ {4}@(\S+)/.exec(line);
    jobs.set(variant ? `${group}@${variant[1]}` : group, [fp[2]!, fp[1]!]);
  }
  return jobs;
}

describe('picks --write-manifest', () => {
  const use = useResources();

  it('writes each picked variant as it ran: its dry run lists the fingerprints (and costs) the picked jobs had', async () => {
    const t = await use.folder();
    await writePng(t.dir, 'still.png');
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const cli = (args: string[]) => runCli(args, {}, t.dir);
    const ran = await cli(['run', manifest, '--simulate', '--out', 'out', '--fail-on', 'never', '--quiet']);
    expect(ran.code, ran.stderr).toBe(0);
    const report = JSON.parse(await readFile(join(t.dir, 'out', 'report.json'), 'utf8')) as { startedAt: string; jobs: { id: string; group: string }[] };
    expect(report.jobs.map((job) => job.id)).toEqual(['fox@pro', 'fox@lite', 'fox@kling', 'owl@pro', 'owl@lite', 'owl@kling', 'sea@pro', 'sea@lite', 'sea@kling']);
    const picks = { fox: 'pro', owl: 'lite', sea: 'kling' } as const;
    await writeFile(
      join(t.dir, 'picks.json'),
      JSON.stringify({ run: report.startedAt, picks: Object.entries(picks).map(([prompt, variant]) => ({ prompt, variant, ratings: {}, note: '' })) }),
    );

    const written = await cli(['picks', 'picks.json', '--report', 'out/report.json', '--write-manifest', 'winners.yaml']);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stderr).toBe('');
    const text = await readFile(join(t.dir, 'winners.yaml'), 'utf8');
    expect(parse(text)).toEqual({
      pricing: { 'seedance-1-0-lite-t2v-250428': 0.07 },
      models: { 'kling-v2-1-master': { usd_per_second: 0.31 } },
      jobs: [
        { id: 'fox', prompt: 'A fox in snow', provider: 'openai', model: 'seedance-1-0-pro-250528', seconds: 4, params: { seed: 7, camera_fixed: true } },
        {
          id: 'owl', prompt: 'An owl at night', provider: 'openai', model: 'seedance-1-0-lite-t2v-250428', seconds: 4, size: '1280x720',
          input_reference: 'still.png', base_url: 'https://gateway.example/v1', api_key_env: 'GATEWAY_KEY',
        },
        { id: 'sea', prompt: 'Waves on black sand\n# a line that looks like a comment', provider: 'openai', model: 'kling-v2-1-master', seconds: 4, params: { seed: 3 } },
      ],
    });

    const before = planned((await cli(['run', manifest, '--dry-run', '--base-url', 'https://gateway.example/v1'])).stdout);
    const after = await cli(['run', 'winners.yaml', '--dry-run', '--base-url', 'https://gateway.example/v1']);
    expect(after.code, after.stderr).toBe(0);
    const afterJobs = planned(after.stdout);
    expect([...afterJobs.keys()]).toEqual(['fox', 'owl', 'sea']);
    for (const [prompt, variant] of Object.entries(picks)) expect(afterJobs.get(prompt), prompt).toEqual(before.get(`${prompt}@${variant}`));
    // The same identity the ledger paid under: a run of winners.yaml in out/ would resume, not pay again.
    const ledger = (await readFile(join(t.dir, 'out', 'ledger.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { jobId: string; fingerprint?: string });
    for (const [prompt, variant] of Object.entries(picks)) {
      const paid = ledger.find((entry) => entry.jobId === `${prompt}@${variant}` && entry.fingerprint !== undefined)!;
      expect(paid.fingerprint!.slice(0, 12)).toBe(afterJobs.get(prompt)![0]);
    }

    // The prompts without a pick come back as a matrix of the run's variants, each job as it ran.
    await writeFile(join(t.dir, 'none.json'), JSON.stringify({ run: report.startedAt, picks: [{ prompt: 'fox', variant: 'pro' }] }));
    const again = await cli(['picks', 'none.json', '--report', 'out/report.json', '--rejected', 'again.yaml']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toBe('');
    const retry = planned((await cli(['run', 'again.yaml', '--dry-run', '--base-url', 'https://gateway.example/v1'])).stdout);
    expect(retry).toEqual(new Map([...before].filter(([id]) => !id.startsWith('fox@'))));

    // Written into another folder, the image path still names the same file (the reader needs --input-dir for it).
    await mkdir(join(t.dir, 'picked'));
    const elsewhere = await cli(['picks', 'picks.json', '--report', 'out/report.json', '--write-manifest', 'picked/winners.yaml']);
    expect(elsewhere.code).toBe(0);
    expect(elsewhere.stderr).toContain(`warning: picked/winners.yaml: input images are outside the folder of the written manifest; run it with --input-dir ${t.dir}`);
    const moved = await cli(['run', 'picked/winners.yaml', '--dry-run', '--base-url', 'https://gateway.example/v1', '--input-dir', t.dir]);
    expect(moved.code, moved.stderr).toBe(0);
    expect(planned(moved.stdout)).toEqual(afterJobs);
  });
});
