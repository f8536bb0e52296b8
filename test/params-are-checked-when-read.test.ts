import { describe, expect, it } from 'vitest';
import { formatIssue, type ParseOptions } from '../src/manifest/index.js';
import { checkJob, PROVIDER_TRAITS } from '../src/providers/catalog.js';
import { parsing } from './manifest-support.js';

const options: ParseOptions = { file: 'm.yaml', manifestDir: '/m', defaultModel: (p) => PROVIDER_TRAITS[p].defaultModel, checkJob };
const { jobsOf, issuesOf } = parsing(options);

describe('params: a mapping passed as-is into the request', () => {
  it('is read from a job and from defaults, the job\'s keys over the defaults\' (nested values kept as written)', () => {
    const [first, second] = jobsOf(
      [
        'defaults:',
        '  params: {watermark: false, seed: 1}',
        'jobs:',
        '  - prompt: a red fox',
        '    params:',
        '      seed: 42',
        '      generate_audio: true',
        '      reference_images: [{url: "https://example.com/a.png"}]',
        '  - prompt: a blue fox',
      ].join('\n'),
    );
    expect(first?.params).toEqual({ watermark: false, seed: 42, generate_audio: true, reference_images: [{ url: 'https://example.com/a.png' }] });
    expect(second?.params).toEqual({ watermark: false, seed: 1 });
  });

  it.each([
    ['5', /field "params": must be a mapping of request fields, e\.g\. \{seed: 42\} or \{"seed": 42\} \(got "5"\)/],
    ['[seed, 42]', /field "params": must be a mapping of request fields.*\(got a list\)/],
    ['{seed: .inf}', /field "params": must hold only JSON values .*; "seed" is not one/],
  ])('params: %s is one issue at file:line naming the field', (value, message) => {
    const issues = issuesOf(`- prompt: a red fox\n  params: ${value}\n`);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'm.yaml', line: 2, field: 'params' });
    expect(formatIssue(issues[0]!)).toMatch(/^m\.yaml:2/);
    expect(formatIssue(issues[0]!)).toMatch(message);
  });

  it.each([
    ['openai', 'prompt', /params may not set "prompt": video-batch sends it from the job's prompt/],
    ['openai', 'seconds', /params may not set "seconds": video-batch sends it from the job's seconds/],
    ['openai', 'input_reference', /from the job's input_reference/],
    ['openai-generations', 'duration', /params may not set "duration": video-batch sends it from the job's seconds/],
    ['veo', 'aspectRatio', /params may not set "aspectRatio": video-batch sends it from the job's size/],
    ['veo', 'durationSeconds', /from the job's seconds/],
    ['seedance', 'content', /params may not set "content": video-batch sends it from the job's prompt, first_frame, last_frame and reference_images/],
    ['seedance', 'ratio', /from the job's size/],
  ])('%s: a key video-batch sets itself (%s) is refused at the params line, naming it', (provider, key, message) => {
    const issues = issuesOf(`- prompt: a red fox\n  provider: ${provider}\n  params: {${key}: x}\n`);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, field: 'params' });
    expect(issues[0]?.message).toMatch(message);
  });

  it("accepts a provider's own fields that video-batch does not set (gateway fields, Veo parameters, ModelArk body fields)", () => {
    const jobs = jobsOf(
      [
        '- {prompt: a, provider: openai, params: {tier: pro, aspect_ratio: "16:9", negative_prompt: blur}}',
        '- {prompt: b, provider: veo, params: {negativePrompt: blur, seed: 7, generateAudio: true}}',
        '- {prompt: c, provider: seedance, params: {seed: 11, camera_fixed: true, watermark: false}}',
      ].join('\n'),
    );
    expect(jobs.map((job) => Object.keys(job.params ?? {}))).toEqual([
      ['tier', 'aspect_ratio', 'negative_prompt'],
      ['negativePrompt', 'seed', 'generateAudio'],
      ['seed', 'camera_fixed', 'watermark'],
    ]);
  });

  it('in CSV is a params column holding a JSON object or a YAML flow mapping', () => {
    const csv = ['prompt,provider,params', 'a red fox,seedance,"{""seed"": 42, ""camera_fixed"": true}"', 'a blue fox,veo,{negativePrompt: blur}', 'a green fox,seedance,'].join('\n');
    const jobs = jobsOf(csv, { file: 'm.csv', format: 'csv' });
    expect(jobs.map((job) => job.params)).toEqual([{ seed: 42, camera_fixed: true }, { negativePrompt: 'blur' }, undefined]);
  });

  it('in CSV, a params cell that is not a mapping is one issue on its row', () => {
    const issues = issuesOf('prompt,params\na red fox,seed=42\n', { file: 'm.csv', format: 'csv' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'm.csv', line: 2, row: 1, field: 'params' });
    expect(issues[0]?.message).toMatch(/must be a mapping of request fields.*\{"seed": 42\}/);
  });
});
