import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/manifest/index.js';
import { PROVIDER_NAMES } from '../src/providers/list.js';
import { parsing } from './manifest-support.js';

/** The list of providers as messages name it (every provider in src/providers/list.ts, in order). */
const PROVIDERS = PROVIDER_NAMES.join(', ');

const { issuesOf } = parsing({ file: 'bad.yaml', manifestDir: '/manifests', defaultModel: () => 'sora-2' });

/** A one-job manifest whose second line is `<field>: <value>`. */
const withField = (field: string, value: string): string => `- prompt: a red fox running through snow\n  ${field}: ${value}\n`;

describe('each invalid field value is one issue on the line of that field', () => {
  it.each([
    ['seconds', '0', /must be a positive whole number.*\(got "0"\)/],
    ['seconds', '-4', /must be a positive whole number.*\(got "-4"\)/],
    ['seconds', '4.5', /must be a positive whole number.*\(got "4\.5"\)/],
    ['seconds', 'abc', /must be a positive whole number.*\(got "abc"\)/],
    ['seconds', '"8s"', /must be a positive whole number.*\(got "8s"\)/],
    ['seconds', '[4, 8]', /must be a positive whole number \(got a list\)/],
    ['size', '1280', /must be WIDTHxHEIGHT.*\(got "1280"\)/],
    ['size', '0x720', /must be WIDTHxHEIGHT.*\(got "0x720"\)/],
    ['size', '1280 x 720', /must be WIDTHxHEIGHT.*\(got "1280 x 720"\)/],
    ['size', '-1280x720', /must be WIDTHxHEIGHT/],
    ['provider', 'opnai', new RegExp(`must be one of ${PROVIDERS} \\(got "opnai"\\); did you mean "openai"\\?`)],
    ['provider', 'runway', new RegExp(`must be one of ${PROVIDERS} \\(got "runway"\\)$`)],
    ['model', '{name: sora-2}', /must be text \(got a mapping\)/],
    ['model', '"sora\\u0007"', /must not contain control characters/],
    ['id', 'x'.repeat(129), /must be at most 128 characters/],
    ['id', '"a\\tb"', /must not contain control characters/],
    ['input_reference', 'images/photo.gif', /must be an image file \(\.png, \.jpg, \.jpeg, \.webp\) \(got "images\/photo\.gif"\)/],
    ['input_reference', 'images/', /must be an image file/],
    ['remix_of', '[a, b]', /must be a job id or a video id \(got a list\)/],
    ['base_url', 'ftp://example.com/v1', /must be an http\(s\) URL.*\(got "ftp:\/\/example\.com\/v1"\)/],
    ['base_url', 'not a url', /must be an http\(s\) URL.*\(got "not a url"\)/],
    ['api_key_env', 'MY-KEY', /must be the name of an environment variable/],
    ['api_key_env', '1PASSWORD', /must be the name of an environment variable/],
  ])('%s: %s', (field, value, message) => {
    const issues = issuesOf(withField(field, value));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'bad.yaml', line: 2, job: 1, field });
    expect(issues[0]?.message).toMatch(message);
  });

  it('a prompt that is not text', () => {
    const issues = issuesOf('- seconds: 4\n  prompt:\n    text: a fox\n');
    expect(issues).toEqual([{ file: 'bad.yaml', line: 2, job: 1, field: 'prompt', message: 'must be text (got a mapping)' }]);
  });

  it('a base_url with credentials is rejected without echoing them', () => {
    const [issue, ...rest] = issuesOf(withField('base_url', 'https://me:hunter2@api.example.com/v1'));
    expect(rest).toEqual([]);
    expect(issue?.message).toMatch(/must not contain a user name or password/);
    expect(formatIssue(issue!)).not.toContain('hunter2');
  });
});

describe('structural mistakes', () => {
  it('a job without prompt is reported at the line of the job', () => {
    const issues = issuesOf('- prompt: first\n- id: second\n  seconds: 4\n');
    expect(issues).toEqual([
      { file: 'bad.yaml', line: 2, job: 2, field: 'prompt', message: expect.stringMatching(/is missing/) },
    ]);
  });

  it('an empty prompt is reported at the line of the prompt', () => {
    const issues = issuesOf('- id: a\n  prompt: "   "\n');
    expect(issues).toEqual([{ file: 'bad.yaml', line: 2, job: 1, field: 'prompt', message: expect.stringMatching(/must not be empty/) }]);
  });

  it('an unknown field close to a known one gets a did-you-mean hint', () => {
    const issues = issuesOf('- prompt: a fox\n  secnds: 8\n');
    expect(issues).toEqual([{ file: 'bad.yaml', line: 2, job: 1, message: 'unknown field "secnds"; did you mean "seconds"?' }]);
  });

  it('a misspelt prompt is one issue with a hint, not also a missing prompt', () => {
    const messages = issuesOf('- promt: a fox\n').map((issue) => issue.message);
    expect(messages).toEqual(['unknown field "promt"; did you mean "prompt"?']);
  });

  it('an unknown field far from every known one lists the known fields', () => {
    const [issue] = issuesOf('- prompt: a fox\n  camera_angle: low\n');
    expect(issue?.message).toBe(
      'unknown field "camera_angle"; known fields: id, prompt, provider, model, seconds, size, audio, first_frame, input_reference, last_frame, reference_images, remix_of, base_url, api_key_env, params',
    );
  });

  it('an unknown top-level key gets a did-you-mean hint', () => {
    const issues = issuesOf('defaults:\n  seconds: 4\njbos:\n  - prompt: a fox\njobs:\n  - prompt: a cat\n');
    expect(issues).toEqual([{ file: 'bad.yaml', line: 3, message: 'unknown top-level key "jbos"; did you mean "jobs"?' }]);
  });

  it('a job field at the top level explains the two shapes of a manifest', () => {
    const [issue, ...rest] = issuesOf('prompt: a fox\njobs:\n  - prompt: a cat\n');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ line: 1, message: expect.stringMatching(/"prompt": it is a job field; put jobs in a list under "jobs:"/) });
  });

  it('a mapping without jobs is an issue', () => {
    expect(issuesOf('defaults:\n  seconds: 4\n')).toEqual([{ file: 'bad.yaml', line: 1, message: expect.stringMatching(/no "jobs" list/) }]);
  });

  it('an empty job list is an issue', () => {
    expect(issuesOf('jobs: []\n')).toEqual([{ file: 'bad.yaml', line: 1, message: expect.stringMatching(/has no jobs/) }]);
  });

  it('an empty file is an issue', () => {
    expect(issuesOf('# nothing yet\n')).toEqual([{ file: 'bad.yaml', line: 1, message: expect.stringMatching(/manifest is empty/) }]);
  });

  it('a job that is not a mapping is an issue at its line', () => {
    const issues = issuesOf('- prompt: a fox\n- a cat on a sofa\n- [1, 2]\n');
    expect(issues.map((issue) => [issue.line, issue.job, issue.message])).toEqual([
      [2, 2, 'a job must be a mapping of fields (got text "a cat on a sofa"); to give only a prompt, write "- prompt: ..."'],
      [3, 3, 'a job must be a mapping of fields (got a list)'],
    ]);
  });

  it('fields that belong on each job are refused in defaults', () => {
    const issues = issuesOf('defaults:\n  seconds: 4\n  prompt: a fox\n  remix_of: video_1\njobs:\n  - prompt: a cat\n');
    expect(issues.map((issue) => [issue.line, issue.field, issue.message])).toEqual([
      [3, 'prompt', 'cannot be set in defaults; set it on each job'],
      [4, 'remix_of', 'cannot be set in defaults; set it on each job'],
    ]);
  });

  it('an invalid value in defaults is reported once, at its line, without a job number', () => {
    const issues = issuesOf('defaults:\n  seconds: four\njobs:\n  - prompt: a fox\n  - prompt: a cat\n');
    expect(issues).toEqual([{ file: 'bad.yaml', line: 2, field: 'seconds', message: expect.stringMatching(/\(got "four"\)/) }]);
  });
});

describe('YAML syntax errors', () => {
  it('become issues with their line', () => {
    const issues = issuesOf('jobs:\n  - prompt: a fox\n    seconds: [4, 8\n  - prompt: "a cat\n');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.line).toBe(4);
    expect(issues[0]?.message).toMatch(/^YAML syntax error: /);
    expect(issues.every((issue) => !issue.message.includes('\n'))).toBe(true);
  });

  it('a key given twice in one job is a syntax error on the second line', () => {
    const issues = issuesOf('- prompt: a fox\n  seconds: 4\n  seconds: 8\n');
    expect(issues).toEqual([{ file: 'bad.yaml', line: 3, message: 'YAML syntax error: this key appears twice in the same mapping' }]);
  });

  it('more than one document is an issue', () => {
    const issues = issuesOf('- prompt: a fox\n---\n- prompt: a cat\n');
    expect(issues).toEqual([{ file: 'bad.yaml', line: 2, message: expect.stringMatching(/more than one document/) }]);
  });
});

describe('all problems are collected at once', () => {
  it('a manifest with three different errors yields three issues, in line order', () => {
    const text = [
      'jobs:',
      '  - prompt: a fox',
      '    seconds: abc',
      '  - prompt: a cat',
      '    size: huge',
      '  - promt: a dog',
      '    id: dog',
    ].join('\n');
    const issues = issuesOf(text);
    expect(issues.map(formatIssue)).toEqual([
      'bad.yaml:3: job 1, field "seconds": must be a positive whole number, e.g. 8 (got "abc")',
      'bad.yaml:5: job 2, field "size": must be WIDTHxHEIGHT in pixels, e.g. 1280x720 (got "huge")',
      'bad.yaml:6: job 3: unknown field "promt"; did you mean "prompt"?',
    ]);
  });
});
