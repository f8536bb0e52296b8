import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { formatIssue, ManifestError, readManifest } from '../src/manifest/index.js';
import { checkJob, PROVIDER_TRAITS } from '../src/providers/catalog.js';
import { caught, runCli, useResources, writeManifest } from './helpers.js';
import { parsing } from './manifest-support.js';

const { jobsOf, issuesOf } = parsing({
  file: 'm.yaml',
  manifestDir: '/tmp',
  defaultModel: (provider) => PROVIDER_TRAITS[provider].defaultModel,
  checkJob,
});

const ids = (text: string) => jobsOf(text).map((job) => job.id);

describe('a manifest matrix', () => {
  it('crosses lists of field values, naming each variant by the values that vary', () => {
    const jobs = jobsOf(`matrix:
  model: [seedance-1-0-pro-250528, seedance-1-0-lite-t2v-250428]
  seconds: [4, 8]
  provider: [seedance]
jobs:
  - {id: fox, prompt: A fox}
`);
    expect(jobs.map((job) => job.id)).toEqual([
      'fox@seedance-1-0-pro-250528-4s', 'fox@seedance-1-0-pro-250528-8s', 'fox@seedance-1-0-lite-t2v-250428-4s', 'fox@seedance-1-0-lite-t2v-250428-8s',
    ]);
    expect(jobs[3]).toMatchObject({ provider: 'seedance', model: 'seedance-1-0-lite-t2v-250428', seconds: 8, variant: 'seedance-1-0-lite-t2v-250428-8s', group: 'fox', source: { line: 6 } });
  });

  it('takes named variants setting several fields, crossed with lists when both are given', () => {
    const text = `defaults: {seconds: 4}
matrix:
  variants:
    veo-fast: {provider: veo, model: veo-3.1-fast-generate-001}
    lite: {provider: seedance, model: seedance-1-0-lite-t2v-250428}
jobs:
  - {id: fox, prompt: A fox}
  - {prompt: An owl at night}
`;
    const jobs = jobsOf(text);
    expect(jobs.map((job) => job.id)).toEqual(['fox@veo-fast', 'fox@lite', expect.stringMatching(/^an-owl-at-night-[0-9a-f]{6}@veo-fast$/), expect.stringMatching(/@lite$/)]);
    expect(jobs[0]).toMatchObject({ provider: 'veo', model: 'veo-3.1-fast-generate-001', seconds: 4 });
    // The derived id of a prompt is its group, the same for each of its variants, and stable.
    expect(jobs[2]!.group).toBe(jobs[3]!.group);
    expect(ids(text)).toEqual(jobs.map((job) => job.id));

    const crossed = ids(`matrix:
  variants:
    veo: {provider: veo, model: veo-3.1-generate-001}
  seconds: [4, 8]
jobs:
  - {id: fox, prompt: A fox}
`);
    expect(crossed).toEqual(['fox@veo-4s', 'fox@veo-8s']);
  });

  it('varies params by their values, and takes a named variant that changes nothing as the baseline', () => {
    const jobs = jobsOf(`defaults: {provider: seedance, model: seedance-1-0-pro-250528, seconds: 5}
matrix:
  params: [{seed: 1}, {seed: 2, camera_fixed: true}]
jobs:
  - {id: fox, prompt: A fox}
`);
    // Named by the keys in sorted order: reordering them is the same variant.
    expect(jobs.map((job) => job.id)).toEqual(['fox@seed-1', 'fox@camera_fixed-true-seed-2']);
    expect(jobs[1]!.params).toEqual({ seed: 2, camera_fixed: true });
    const named = jobsOf(`defaults: {provider: seedance, model: seedance-1-0-pro-250528, seconds: 5}
matrix:
  variants:
    baseline: {}
    fixed: {params: {camera_fixed: true}}
jobs:
  - {id: fox, prompt: A fox}
`);
    expect(named.map((job) => [job.id, job.params])).toEqual([['fox@baseline', undefined], ['fox@fixed', { camera_fixed: true }]]);
  });

  it('lets a job pin a field (one video per distinct combination) or opt out with matrix: false', () => {
    const jobs = jobsOf(`matrix:
  provider: [seedance]
  model: [seedance-1-0-pro-250528, seedance-1-0-lite-t2v-250428]
  seconds: [4, 8]
jobs:
  - {id: pinned, prompt: A fox, seconds: 6}
  - {id: alone, prompt: An owl, provider: openai, matrix: false}
`);
    expect(jobs.map((job) => [job.id, job.seconds])).toEqual([
      ['pinned@seedance-1-0-pro-250528-4s', 6],
      ['pinned@seedance-1-0-lite-t2v-250428-4s', 6],
      ['alone', undefined],
    ]);
    expect(jobs[2]).toMatchObject({ provider: 'openai' });
    expect(jobs[2]!.variant).toBeUndefined();
  });

  it('makes a remix of a prompt the remix of the same variant', () => {
    const jobs = jobsOf(`matrix:
  model: [seedance-1-0-pro-250528, sora-2-2025-12-08]
jobs:
  - {id: root, prompt: A lighthouse}
  - {id: snow, prompt: Same in snow, remix_of: root}
  - {id: one, prompt: Once only, remix_of: root@sora-2-2025-12-08, matrix: false}
`, { checkJob: undefined });
    const remixOf = Object.fromEntries(jobs.map((job) => [job.id, job.remixOf]));
    expect(remixOf['snow@seedance-1-0-pro-250528']).toEqual({ kind: 'job', jobId: 'root@seedance-1-0-pro-250528' });
    expect(remixOf['snow@sora-2-2025-12-08']).toEqual({ kind: 'job', jobId: 'root@sora-2-2025-12-08' });
    expect(remixOf.one).toEqual({ kind: 'job', jobId: 'root@sora-2-2025-12-08' });

    const issues = issuesOf(`matrix:
  model: [seedance-1-0-pro-250528, sora-2-2025-12-08]
jobs:
  - {id: root, prompt: A lighthouse}
  - {id: one, prompt: Once only, remix_of: root, matrix: false}
`, { checkJob: undefined });
    expect(issues.map(formatIssue)).toEqual([expect.stringMatching(/^m\.yaml:5: job 2, field "remix_of": job "root" runs as several variants; name the one to remix, e\.g\. "root@seedance-1-0-pro-250528"$/)]);
  });

  it('says once, at the matrix line, that a variant\'s value does not suit its model', () => {
    const issues = issuesOf(`matrix:
  variants:
    veo: {provider: veo, model: veo-3.1-generate-001}
  seconds: [5]
jobs:
  - {id: fox, prompt: A fox}
  - {id: owl, prompt: An owl}
  - {id: sea, prompt: The sea, seconds: 7}
`).map(formatIssue);
    expect(issues).toEqual([
      expect.stringMatching(/^m\.yaml:4: field "matrix\.seconds": variant "veo": .*4, 6, 8 \(got 5\)$/),
      expect.stringMatching(/^m\.yaml:8: job 3, field "seconds": .*4, 6, 8/),
    ]);
  });

  it('reports every mistake at its line, naming the key', () => {
    const issues = issuesOf(`matrix:
  modle: [a, b]
  seconds: 8
  prompt: [x]
  size: [big]
  variants:
    "bad name": {model: x}
    ok: {id: nope}
jobs:
  - {id: fox, prompt: A fox, matrix: maybe}
`).map(formatIssue);
    expect(issues).toEqual([
      expect.stringMatching(/^m\.yaml:2: field "matrix\.modle": unknown field "modle".*did you mean "model"/),
      expect.stringMatching(/^m\.yaml:3: field "matrix\.seconds": must be a list of values/),
      expect.stringMatching(/^m\.yaml:4: field "matrix\.prompt": "prompt" cannot vary in a matrix/),
      expect.stringMatching(/^m\.yaml:5: field "matrix\.size": variant "ok": must be WIDTHxHEIGHT/),
      expect.stringMatching(/^m\.yaml:7: field "matrix\.variants": variant name "bad name" must be/),
      expect.stringMatching(/^m\.yaml:8: field "matrix\.variants\.ok\.id": "id" cannot be set by a variant/),
      expect.stringMatching(/^m\.yaml:10: job 1, field "matrix": must be false/),
    ]);
  });
});

describe('the CLI with a matrix', () => {
  const use = useResources();

  it('a malformed matrix exits 2 naming file, line and key, and sends nothing', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    await writeManifest(t.dir, 'bad.yaml', `matrix:
  model: [seedance-1-0-pro-250528]
  seconds: [4, eight]
jobs:
  - {id: fox, prompt: A fox}
`);
    const result = await runCli(['run', 'bad.yaml', '--base-url', sim.url], { OPENAI_API_KEY: 'sk-test' }, t.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^bad\.yaml:3: field "matrix\.seconds": variant "eights": must be a positive whole number, e\.g\. 8 \(got "eight"\)$/m);
    expect(sim.stats.requests).toHaveLength(0);
  });

  it('a CSV manifest takes its matrix from <name>.matrix.yaml beside it; its mistakes name that file', async () => {
    const t = await use.folder();
    const csv = await writeManifest(t.dir, 'prompts.csv', 'id,prompt,seconds\nfox,A fox,4\nowl,An owl,8\n');
    const options = { defaultModel: (provider: keyof typeof PROVIDER_TRAITS) => PROVIDER_TRAITS[provider].defaultModel, checkJob, file: 'prompts.csv' };
    expect((await readManifest(csv, options)).jobs.map((job) => job.id)).toEqual(['fox', 'owl']);
    await writeManifest(t.dir, 'prompts.matrix.yaml', '# for prompts.csv\nvariants:\n  veo: {provider: veo, model: veo-3.1-generate-001}\n  lite: {provider: seedance, model: seedance-1-0-lite-t2v-250428}\n');
    const jobs = (await readManifest(csv, options)).jobs;
    expect(jobs.map((job) => [job.id, job.provider, job.seconds, job.source.row])).toEqual([
      ['fox@veo', 'veo', 4, 1], ['fox@lite', 'seedance', 4, 1], ['owl@veo', 'veo', 8, 2], ['owl@lite', 'seedance', 8, 2],
    ]);
    await writeManifest(t.dir, 'prompts.matrix.yaml', 'matrix:\n  model: [veo-3.1-generate-001]\n  sconds: [4]\n');
    const error = await caught(readManifest(join(t.dir, 'prompts.csv'), options));
    expect(error).toBeInstanceOf(ManifestError);
    expect((error as Error).message).toMatch(/^prompts\.matrix\.yaml:3: field "matrix\.sconds": unknown field "sconds"/);
  });

  it('--dry-run prints the plan grouped by prompt, with the cost per variant and in total', async () => {
    // Its kling variant is openai, a gateway's shape: the dry run needs the gateway's URL.
    const result = await runCli(['run', 'examples/compare-models.yaml', '--dry-run', '--base-url', 'https://gateway.example/v1'], {});
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('12 jobs in examples/compare-models.yaml (dry run: nothing sent)');
    expect(lines[1]).toMatch(/^ {2}lighthouse {2}"A lighthouse/);
    expect(lines[2]).toMatch(/^ {4}@seedance-fast {2}seedance seedance-1-0-pro-fast-251015 4s 1280x720 {2}\$0\.20 {2}fp:[0-9a-f]{12}$/);
    expect(lines).toContain('cost per variant:');
    expect(result.stdout).toMatch(/^ {2}veo-fast +veo veo-3\.1-fast-generate-001 {2}4 jobs {2}\$2\.40 \(\$0\.150\/s\)$/m);
    expect(result.stdout).toMatch(/^estimated cost: \$7\.68$/m);
  });
});
