import { describe, expect, it } from 'vitest';
import { formatIssue, type ParseOptions } from '../src/manifest/index.js';
import { checkJob, PROVIDER_TRAITS } from '../src/providers/catalog.js';
import { runCli, useResources, writeManifest } from './helpers.js';
import { parsing } from './manifest-support.js';
import { simulatorEnv } from './provider-support.js';

const options: ParseOptions = { file: 'm.yaml', manifestDir: '/m', defaultModel: (p) => PROVIDER_TRAITS[p].defaultModel, checkJob };
const { issuesOf, jobsOf } = parsing(options);

describe('a param that asks one request for several videos', () => {
  const use = useResources();

  it('params: {sampleCount: 4} on veo is refused at its line, naming matrix:, and nothing is sent', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    await writeManifest(t.dir, 'm.yaml', 'jobs:\n  - id: four\n    provider: veo\n    prompt: a fox\n    params: {sampleCount: 4, seed: 7}\n');
    const ran = await runCli(['run', 'm.yaml', '--out', 'out'], simulatorEnv(sim), t.dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr.trim()).toBe(
      'm.yaml:5: job 1, field "params": params may not set "sampleCount": one job is one video (and one estimate), and 4 would make 4 videos, each paid; ' +
        'to get several, use "matrix:", e.g. "matrix: {params: [{seed: 1}, {seed: 2}, {seed: 3}, {seed: 4}]}", one job per video',
    );
    expect(sim.stats.requests).toHaveLength(0);
    expect(sim.stats.billedCreates).toBe(0);
  });

  it('every provider refuses the common spellings, and veo/vertex their own, in any case or separator', () => {
    const cases: [provider: string, params: string][] = [
      ['openai', '{n: 4}'],
      ['openai-generations', '{num_videos: 2}'],
      ['seedance', '{sample_count: 3}'],
      ['replicate', '{num_outputs: 2}'],
      ['veo', '{sample_count: 2}'],
      ['veo', '{numberOfVideos: 2}'],
      ['vertex', '{NumberOfVideos: 3}'],
      ['vertex', '{sampleCount: 4}'],
      ['openai', '{n: "2"}'],
      ['openai', '{n: many}'],
    ];
    for (const [provider, params] of cases) {
      const model = provider === 'replicate' ? ', model: google/veo-3.1-fast' : '';
      const issues = issuesOf(`- {prompt: a fox, provider: ${provider}${model}, params: ${params}}\n`).map(formatIssue);
      expect(issues, `${provider} ${params}`).toHaveLength(1);
      expect(issues[0], `${provider} ${params}`).toMatch(/^m\.yaml:1: job 1, field "params": params may not set "[A-Za-z_]+": one job is one video .*use "matrix:"/);
    }
  });

  it('a count of 1 is what video-batch sends anyway: allowed', () => {
    const jobs = jobsOf('- {id: one, prompt: a fox, provider: veo, params: {sampleCount: 1, seed: 3}}\n- {id: gw, prompt: a cat, provider: openai, params: {n: 1}}\n');
    expect(jobs.map((job) => job.params)).toEqual([{ sampleCount: 1, seed: 3 }, { n: 1 }]);
  });

  it('a count in a matrix is said once, naming the variant it spoils', () => {
    const issues = issuesOf('matrix:\n  params: [{n: 1}, {n: 3}]\njobs:\n  - {id: a, prompt: a fox}\n  - {id: b, prompt: a cat}\n').map(formatIssue);
    expect(issues).toEqual([
      'm.yaml:2: field "matrix.params": variant "n-3": params may not set "n": one job is one video (and one estimate), and 3 would make 3 videos, each paid; ' +
        'to get several, use "matrix:", e.g. "matrix: {params: [{seed: 1}, {seed: 2}, {seed: 3}]}", one job per video',
    ]);
  });
});
