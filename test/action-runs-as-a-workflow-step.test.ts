/**
 * Runs dist/index.js exactly as a GitHub runner does: inputs as INPUT_<NAME> variables (defaults
 * from action.yml filled in), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files, workflow commands on
 * stdout. .ci/run runs this file under Node 20 and again under Node 24 (action.yml's runtime).
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, startNode, useResources, writeManifest } from './helpers.js';

const ACTION = resolve('dist/index.js');
const KEY = 'sk-action-DO-NOT-PRINT-7731';
/** An OpenAI-shape gateway's URL for the dry runs (nothing is sent to it). */
const GATEWAY = 'https://gateway.example/v1';

interface Step {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputsFile: string;
  outputs: Record<string, string>;
}

/** The `name<<DELIMITER ... DELIMITER` records that `core.setOutput` appends to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const record = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(record)) outputs[match[1]!] = match[3]!;
  return outputs;
}

let defaults: Record<string, string> = {};
beforeAll(async () => {
  // .ci/run sets this for its Node 24 pass, so a wrong binary cannot pass for the right one.
  if (process.env.EXPECT_NODE_MAJOR) expect(process.versions.node.split('.')[0]).toBe(process.env.EXPECT_NODE_MAJOR);
  const spec = parse(await readFile('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { using: string; main: string } };
  expect(spec.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  defaults = Object.fromEntries(Object.entries(spec.inputs).flatMap(([name, input]) => (input.default === undefined ? [] : [[name, String(input.default)]])));
});

/** One step run: `with:` inputs (action.yml defaults for the rest), in `dir` as the workspace. */
async function step(dir: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<Step> {
  const outputsFile = join(dir, `github-output-${Math.random().toString(36).slice(2)}`);
  const summaryFile = `${outputsFile}-summary`;
  await writeFile(outputsFile, '');
  await writeFile(summaryFile, '');
  const inputEnv = Object.fromEntries(
    Object.entries({ ...defaults, ...inputs }).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
  const { code, stdout, stderr } = await startNode(ACTION, [], { GITHUB_OUTPUT: outputsFile, GITHUB_STEP_SUMMARY: summaryFile, ...inputEnv, ...env }, dir).done;
  const ran = { code, stdout, stderr };
  const outputText = await readFile(outputsFile, 'utf8');
  return { ...ran, summary: await readFile(summaryFile, 'utf8'), outputsFile: outputText, outputs: parseOutputFile(outputText) };
}

/** The cells of each row of the summary's job table (the one with a `video id` header). */
function jobRows(summary: string): string[][] {
  const table = summary.split('<h3>Jobs</h3>')[1] ?? '';
  return [...table.matchAll(/<tr>(.*?)<\/tr>/g)].slice(1).map((m) => [...m[1]!.matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1]!));
}

describe(`the action on Node ${process.versions.node}, run as the runner runs it`, () => {
  const use = useResources();

  it('simulate: runs the example manifest, writes the summary table, every output, and a link to the artifacts', async () => {
    const t = await use.folder();
    const ran = await step(
      t.dir,
      { manifest: resolve('examples/manifest.yaml'), simulate: 'true', 'out-dir': 'out' },
      { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/videos', GITHUB_RUN_ID: '4242' },
    );
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const report = JSON.parse(await readFile(join(t.dir, 'out', 'report.json'), 'utf8')) as { jobs: { id: string; videoId: string; model: string }[] };
    expect(ran.outputs).toEqual({
      'report-json': join(t.dir, 'out', 'report.json'),
      'report-markdown': join(t.dir, 'out', 'report.md'),
      'report-html': join(t.dir, 'out', 'report.html'),
      completed: '5',
      failed: '0',
      'video-ids': JSON.stringify(report.jobs.map((j) => j.videoId)),
    });
    expect((await stat(ran.outputs['report-markdown']!)).size).toBeGreaterThan(100);
    // The gallery's posters came along with the videos.
    expect((await readFile(ran.outputs['report-html']!, 'utf8'))).toContain('.thumbnail.webp');

    // Totals first, then (no failures) the job table, then the link.
    expect(ran.summary).toMatch(/^<h2>video-batch: 5 jobs<\/h2>$/m);
    expect(ran.summary.indexOf('✅ completed</td><td>5</td>')).toBeLessThan(ran.summary.indexOf('<h3>Jobs</h3>'));
    expect(ran.summary).not.toContain('Failures');
    const rows = jobRows(ran.summary);
    expect(rows.map((r) => r[0])).toEqual(report.jobs.map((j) => `<code>${j.id}</code>`));
    for (const [i, job] of report.jobs.entries()) {
      expect(rows[i]!.slice(1, 4)).toEqual(['✅ completed', `<code>${job.videoId}</code>`, job.model]);
      expect(rows[i]![6]).toMatch(/^\d+×\d+ · \d+(\.\d+)?s$/); // made: the file's own size and length
      expect(rows[i]![7]).toMatch(/^\d+s$/); // time
    }
    expect(rows[0]!.slice(4, 7)).toEqual(['8', '1280x720', '1280×720 · 8s']); // seconds, size of bottle-hero, and what was made
    expect(rows[0]![8]).toMatch(/^<details><summary>Slow 360-degree orbit.*…<\/summary>Slow 360-degree orbit.*<\/details>$/);
    expect(rows[1]![7]).not.toContain('<details>'); // a short prompt is shown as it is
    expect(ran.summary).toContain('<a href="https://github.com/acme/videos/actions/runs/4242#artifacts">');

    // Progress sits in one log group; the totals line comes after it.
    expect(ran.stdout).toMatch(/^::group::video-batch: .*manifest\.yaml\n[\s\S]*\[5\/5\][\s\S]*^::endgroup::\n5 of 5 jobs done/m);
  });

  it('base-url + api-key: sends the key to the server, never to stdout, the summary or the outputs; fails per fail-on; escapes manifest text', async () => {
    const sim = await use.simulator({ apiKey: KEY });
    const t = await use.folder();
    const long = `A storm over the sea. ${'Waves crash against the rocks. '.repeat(5)}\n\n# not a heading\n<img src=x onerror=alert(1)>`;
    await writeManifest(
      t.dir,
      'prompts.yaml',
      [
        'jobs:',
        '  - {id: fine, prompt: A calm lake}',
        `  - id: "::warning::injected"`,
        '    prompt: "<script>alert(1)</script> | **bold** [link](javascript:x)"',
        '  - {id: refused, prompt: "Nope [sim:moderation]"}',
        `  - id: stormy`,
        `    prompt: ${JSON.stringify(long)}`,
        '',
      ].join('\n'),
    );
    const ran = await step(t.dir, { manifest: 'prompts.yaml', 'api-key': KEY, 'base-url': sim.url, 'out-dir': 'out', timeout: '60' });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/^::error::1 of 4 jobs did not complete \(fail-on: any\)$/m);
    expect(sim.stats.requests.filter((r) => r.route === 'create').length).toBe(4);

    // The key went to the server (it rejects any other) and nowhere a person or a later step reads.
    // The one exception is the `::add-mask::` command, which the runner consumes: it comes first.
    const [mask, ...rest] = ran.stdout.split('\n');
    expect(mask).toBe(`::add-mask::${KEY}`);
    for (const text of [rest.join('\n'), ran.stderr, ran.summary, ran.outputsFile]) expect(text).not.toContain(KEY);

    expect(ran.outputs).toMatchObject({ completed: '3', failed: '1' });
    expect(JSON.parse(ran.outputs['video-ids']!)).toHaveLength(4);

    // Failures with their reasons come before the table.
    expect(ran.summary).toMatch(/<h3>Failures \(1\)<\/h3>\n<ul>\n<li><code>refused<\/code> <b>failed<\/b>: moderation_blocked: .*\(prompts\.yaml:5\)/);
    expect(ran.summary.indexOf('Failures')).toBeLessThan(ran.summary.indexOf('<h3>Jobs</h3>'));
    expect(jobRows(ran.summary).map((r) => r[1])).toEqual(['✅ completed', '✅ completed', '❌ failed', '✅ completed']);

    // Manifest text is inert: no raw tags, and no blank line that would end the HTML block.
    expect(ran.summary).not.toMatch(/<script|<img/);
    expect(ran.summary).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | **bold**');
    expect(ran.summary).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(ran.summary).not.toMatch(/\n\s*\n/);
    // ...and a job id never becomes a workflow command in the log.
    expect(ran.stdout).not.toMatch(/^\s*::warning::injected/m);
    expect(ran.stdout).toContain('injected');
  });

  it('a malformed manifest gives ::error annotations with file and line, and sends nothing', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    await writeManifest(t.dir, 'bad.yaml', 'jobs:\n  - prompt: ok\n  - promt: typo\n  - prompt: x\n    seconds: abc\n');
    const ran = await step(t.dir, { manifest: 'bad.yaml', 'api-key': KEY, 'base-url': sim.url });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/^::error title=manifest,file=bad\.yaml,line=3::job 2: unknown field "promt"; did you mean "prompt"/m);
    expect(ran.stdout).toMatch(/^::error title=manifest field "seconds",file=bad\.yaml,line=5::/m);
    expect(ran.stdout).toMatch(/^::error::the manifest has 2 problems; nothing was sent$/m);
    expect(sim.stats.requests.length).toBe(0);
    expect(ran.summary).toBe('');
    expect(ran.outputs).toEqual({});
  });

  it('a missing manifest file is an annotation on the file; a missing key and bad inputs fail the step in one line', async () => {
    const t = await use.folder();
    const missing = await step(t.dir, { manifest: 'nope.yaml', 'api-key': KEY });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^::error title=manifest,file=nope\.yaml::cannot read the manifest/m);

    // The example names no provider: openai, which has no base URL since OpenAI's own API shut down.
    const noBase = await step(t.dir, { manifest: resolve('examples/manifest.yaml'), 'api-key': KEY });
    expect(noBase.code).toBe(1);
    expect(noBase.stdout).toMatch(/^::error::provider "openai" has no base URL: OpenAI's Videos API was shut down on 2026-09-24\. .*input base-url/m);

    const noKey = await step(t.dir, { manifest: resolve('examples/manifest.yaml'), 'base-url': GATEWAY });
    expect(noKey.code).toBe(1);
    expect(noKey.stdout).toMatch(/^::error::OPENAI_API_KEY is not set: pass the key from a secret as input api-key/m);

    for (const [inputs, message] of [
      [{ concurrency: 'lots' }, /input concurrency takes a whole number/],
      [{ 'fail-on': 'sometimes' }, /input fail-on takes one of any, all, never/],
      [{ shard: '5/4' }, /input shard takes I\/N/],
      [{ download: 'yes' }, /input download takes true or false/],
      [{ manifest: '' }, /input manifest is required/],
    ] as const) {
      const ran = await step(t.dir, { manifest: resolve('examples/manifest.yaml'), 'api-key': KEY, ...inputs });
      expect(ran.code).toBe(1);
      expect(ran.stdout).toMatch(message);
      expect(ran.stdout).not.toMatch(/\n\s+at /); // no stack trace for a user's mistake
    }
  });

  it('max-cost refuses an over-budget run sending nothing; variants adds the spritesheet; a re-run resumes, fresh starts over', async () => {
    const sim = await use.simulator({ apiKey: KEY });
    const t = await use.folder();
    // 2 jobs x 8 s of seedance-1-0-pro-250528 at 1080p, $0.122/s: $1.95.
    await writeManifest(t.dir, 'm.yaml', 'defaults: {model: seedance-1-0-pro-250528, seconds: 8, size: 1920x1080}\njobs:\n  - {id: lake, prompt: A calm lake}\n  - {id: hill, prompt: A windy hill}\n');
    const inputs = { manifest: 'm.yaml', 'api-key': KEY, 'base-url': sim.url, 'out-dir': 'out' };

    const refused = await step(t.dir, { ...inputs, 'max-cost': '1.50' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^::error::.*\$1\.95.*\$1\.50/m);
    expect(sim.stats.requests).toHaveLength(0);

    const ran = await step(t.dir, { ...inputs, 'max-cost': '$2', variants: 'video,thumbnail,spritesheet' });
    expect(ran.code).toBe(0);
    expect(sim.stats.billedCreates).toBe(2);
    const report = JSON.parse(await readFile(join(t.dir, 'out', 'report.json'), 'utf8')) as { jobs: { id: string; thumbnail: string | null; spritesheet: string | null }[] };
    for (const job of report.jobs) {
      expect(job).toMatchObject({ thumbnail: `videos/${job.id}.thumbnail.webp`, spritesheet: `videos/${job.id}.spritesheet.jpg` });
      expect((await stat(join(t.dir, 'out', job.spritesheet!))).size).toBeGreaterThan(0);
    }
    expect(ran.outputs['report-html']).toBe(join(t.dir, 'out', 'report.html'));

    // The same step again resumes from the ledger: nothing created, nothing paid.
    const again = await step(t.dir, inputs);
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({ completed: '2', failed: '0' });
    expect(sim.stats.billedCreates).toBe(2);

    // fresh: true starts over on purpose and pays again.
    const fresh = await step(t.dir, { ...inputs, fresh: 'true' });
    expect(fresh.code).toBe(0);
    expect(sim.stats.billedCreates).toBe(4);

    const bad = await step(t.dir, { ...inputs, variants: 'video,poster' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^::error::input variants takes a list of video, thumbnail, spritesheet \(got "poster"\)$/m);
  });

  it('dry-run needs no key, writes the plan to the summary and sends nothing', async () => {
    const t = await use.folder();
    const ran = await step(t.dir, { manifest: resolve('examples/manifest.yaml'), 'dry-run': 'true', 'base-url': GATEWAY });
    expect(ran.code).toBe(0);
    expect(ran.summary).toMatch(/^<h2>video-batch dry run: 5 jobs<\/h2>/);
    expect(ran.summary).toContain('<code>bottle-hero-night</code>');
    expect(ran.outputs).toEqual({ completed: '0', failed: '0', 'video-ids': '[]' });
  });

  it('dry-run: the summary shows each job\'s estimated cost and the total the CLI prints', async () => {
    const t = await use.folder();
    const ran = await step(t.dir, { manifest: resolve('examples/manifest.yaml'), 'dry-run': 'true', 'base-url': GATEWAY });
    const cli = await runCli(['run', 'examples/manifest.yaml', '--dry-run', '--base-url', GATEWAY], {});
    const total = /^estimated cost: (\$\d+\.\d\d)$/m.exec(cli.stdout)?.[1];
    expect(total).toBeDefined();
    expect(ran.summary).toContain(`Estimated cost: <b>${total}</b>`);
    const perJob = new Map([...cli.stdout.matchAll(/^ {2}(\S+) .* (\$\d+\.\d\d) /gm)].map((m) => [m[1]!, m[2]!]));
    expect(perJob.size).toBe(5);
    const rows = [...ran.summary.matchAll(/<tr><td><code>([^<]+)<\/code><\/td>(?:<td>[^<]*<\/td>){4}<td>([^<]*)<\/td>/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(new Map(rows)).toEqual(perJob);
  });

  it('a retired model let through by the manifest is a ::warning annotation and the first line of the job summary, not a line in the group', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', 'models: {sora-2: {status: ga}}\njobs:\n  - {id: a, prompt: A fox, model: sora-2}\n  - {id: b, prompt: A car, model: sora-2}\n');
    for (const inputs of [{ 'dry-run': 'true', 'base-url': GATEWAY }, { simulate: 'true', 'out-dir': 'out' }] as Record<string, string>[]) {
      const ran = await step(t.dir, { manifest, ...inputs });
      expect(ran.code).toBe(0);
      const warnings = ran.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
      expect(warnings).toEqual([expect.stringMatching(/^::warning::sora-2: retired by its vendor \(shutdown 2026-09-24\), sent anyway: the manifest's models: block marks it ga$/)]);
      expect(ran.stdout).not.toMatch(/^warning: /m);
      expect(ran.summary.split('\n')[0]).toMatch(/^<p>⚠️ <b>Warning<\/b>: sora-2: retired by its vendor/);
    }
  });

  it('shard I/N in a matrix, then merge-reports: one report and summary of every job', async () => {
    const t = await use.folder();
    const manifest = resolve('examples/manifest.yaml');
    const shards = await Promise.all(
      [1, 2, 3].map((i) => step(t.dir, { manifest, simulate: 'true', shard: `${i}/3`, 'out-dir': `shards/video-batch-shard-${i}` })),
    );
    const counts = shards.map((s) => Number(s.outputs.completed));
    for (const [i, s] of shards.entries()) {
      expect(s.code).toBe(0);
      expect(s.summary).toMatch(new RegExp(`^<h2>video-batch: ${counts[i]} jobs? \\(shard ${i + 1}/3\\)</h2>$`, 'm'));
    }
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5);

    const merged = await step(t.dir, { 'merge-reports': 'shards/*/report.json\n', 'out-dir': 'merged' });
    expect(merged.code).toBe(0);
    expect(merged.outputs).toMatchObject({ 'report-json': join(t.dir, 'merged', 'report.json'), 'report-html': join(t.dir, 'merged', 'report.html'), completed: '5', failed: '0' });
    const ids = shards.flatMap((s) => JSON.parse(s.outputs['video-ids']!) as string[]);
    expect((JSON.parse(merged.outputs['video-ids']!) as string[]).sort()).toEqual(ids.sort());
    expect(merged.summary).toMatch(/^<h2>video-batch: 5 jobs \(3 shard reports merged\)<\/h2>/);
    expect(jobRows(merged.summary).map((r) => r[0])).toEqual(
      ['bottle-hero', 'bottle-hero-night', 'sneaker-launch', expect.stringMatching(/^overhead/), 'app-social-teaser'].map((id) =>
        typeof id === 'string' ? `<code>${id}</code>` : expect.stringMatching(/^<code>overhead/),
      ),
    );

    const nothing = await step(t.dir, { 'merge-reports': 'elsewhere/*.json', 'out-dir': 'merged' });
    expect(nothing.code).toBe(1);
    expect(nothing.stdout).toMatch(/^::error::no report matches elsewhere\/\*\.json/m);

    // A shard's report missing fails the step, naming it; allow-partial merges what is there, marked partial.
    const two = 'shards/video-batch-shard-1/report.json\nshards/video-batch-shard-2/report.json\n';
    const missing = await step(t.dir, { 'merge-reports': two, 'out-dir': 'two' });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^::error::shard 3\/3 of .*manifest\.yaml is missing \(got 1\/3, 2\/3: /m);
    const partial = await step(t.dir, { 'merge-reports': two, 'out-dir': 'two', 'allow-partial': 'true' });
    expect(partial.code).toBe(0);
    expect(partial.summary).toContain(`<b>Partial merge: shard 3/3 missing, ${counts[2]} of 5 jobs not in this report.</b>`);
  });
});
