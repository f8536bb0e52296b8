import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS, FIELD_NAMES, parseManifest, type ParseOptions } from '../src/manifest/index.js';
import { parsing } from './manifest-support.js';

const options: ParseOptions = { file: 'good.yaml', manifestDir: '/manifests', defaultModel: () => 'sora-2' };
const { jobsOf } = parsing(options);

describe('valid values become exact JobSpecs', () => {
  it('every field is read and mapped to its JobSpec key', () => {
    const [job] = jobsOf(
      [
        '- id: hero',
        '  prompt: a red fox running through snow',
        '  provider: veo',
        '  model: veo-3',
        '  seconds: 8',
        '  size: 1280x720',
        '  input_reference: images/fox.png',
        '  remix_of: video_abc123',
        '  base_url: https://proxy.example.com/v1',
        '  api_key_env: PROXY_KEY',
      ].join('\n'),
    );
    expect(job).toEqual({
      id: 'hero',
      prompt: 'a red fox running through snow',
      provider: 'veo',
      model: 'veo-3',
      seconds: 8,
      size: '1280x720',
      inputReference: resolve('/manifests', 'images/fox.png'),
      remixOf: { kind: 'video', videoId: 'video_abc123' },
      baseUrl: 'https://proxy.example.com/v1',
      apiKeyEnv: 'PROXY_KEY',
      source: { file: 'good.yaml', line: 1 },
    });
  });

  it('seconds may be a YAML number or a numeric string', () => {
    const jobs = jobsOf('- prompt: a\n  seconds: 8\n- prompt: b\n  seconds: "12"\n');
    expect(jobs.map((job) => job.seconds)).toEqual([8, 12]);
  });

  it('size accepts an upper-case X and is normalised to x', () => {
    expect(jobsOf('- prompt: a\n  size: 720X1280\n')[0]?.size).toBe('720x1280');
  });

  it('ids keep their spelling: 007 stays "007", and path-like ids are accepted', () => {
    const jobs = jobsOf('- id: 007\n  prompt: a\n- id: ../../x\n  prompt: b\n');
    expect(jobs.map((job) => job.id)).toEqual(['007', '../../x']);
  });

  it('a block prompt is trimmed and keeps its inner line breaks', () => {
    expect(jobsOf('- prompt: |\n    line one\n    line two\n')[0]?.prompt).toBe('line one\nline two');
  });

  it('an empty value counts as absent', () => {
    const [job] = jobsOf('- prompt: a\n  seconds:\n  size: ""\n');
    expect(job).not.toHaveProperty('seconds');
    expect(job).not.toHaveProperty('size');
  });

  it('input_reference is resolved against the manifest directory', () => {
    const [job] = jobsOf('- prompt: a\n  input_reference: ../shared/cat.JPG\n', { manifestDir: '/work/manifests' });
    expect(job?.inputReference).toBe(resolve('/work/manifests', '../shared/cat.JPG'));
  });

  it('a top-level pricing key is reserved and ignored', () => {
    expect(jobsOf('pricing:\n  sora-2: 0.1\njobs:\n  - prompt: a\n')).toHaveLength(1);
  });

  it('YAML anchors and aliases work for values', () => {
    const jobs = jobsOf('- prompt: &p a fox in snow\n  id: one\n- prompt: *p\n  id: two\n');
    expect(jobs.map((job) => job.prompt)).toEqual(['a fox in snow', 'a fox in snow']);
  });

  it('each job records the line of its mapping', () => {
    const jobs = jobsOf('# comment\njobs:\n  - prompt: a\n\n  - id: b\n    prompt: b\n');
    expect(jobs.map((job) => job.source)).toEqual([
      { file: 'good.yaml', line: 3 },
      { file: 'good.yaml', line: 5 },
    ]);
  });

  it('a file format that is not given and not in the extension is an issue', () => {
    const result = parseManifest('- prompt: a\n', { ...options, file: 'jobs.txt' });
    expect(result).toEqual({ ok: false, issues: [{ file: 'jobs.txt', line: 0, message: expect.stringMatching(/name the file \.yaml, \.yml or \.csv/) }] });
    expect(parseManifest('- prompt: a\n', { ...options, file: 'jobs.txt', format: 'yaml' }).ok).toBe(true);
  });
});

describe('field definitions', () => {
  it('FIELD_NAMES and FIELDS describe the same fields, each mapping to a JobSpec key', () => {
    expect(Object.keys(FIELDS).sort()).toEqual([...FIELD_NAMES].sort());
    expect(FIELD_NAMES.map((name) => FIELDS[name].jobKey)).toEqual([
      'id', 'prompt', 'provider', 'model', 'seconds', 'size', 'audio', 'inputReference', 'inputReference', 'lastFrame', 'referenceImages', 'remixOf', 'baseUrl', 'apiKeyEnv', 'params',
    ]);
    expect(FIELD_NAMES.filter((name) => !FIELDS[name].allowedInDefaults)).toEqual(['id', 'prompt', 'remix_of']);
  });
});
