import { describe, expect, it } from 'vitest';
import { formatIssue, parseManifest, type FieldProblem, type JobChecker, type JobSpec, type ParseOptions } from '../src/manifest/index.js';

/** A checker like the provider's: sora-2 takes 4, 8 or 12 seconds and two sizes. */
const soraRules: JobChecker = (job) => {
  const problems: FieldProblem[] = [];
  if (job.model === 'sora-2' && job.seconds !== undefined && ![4, 8, 12].includes(job.seconds)) {
    problems.push({ field: 'seconds', message: `must be one of 4, 8, 12 for sora-2 (got ${job.seconds})` });
  }
  if (job.model === 'sora-2' && job.size !== undefined && !['1280x720', '720x1280'].includes(job.size)) {
    problems.push({ field: 'size', message: 'must be 1280x720 or 720x1280 for sora-2' });
  }
  return problems;
};

const options: ParseOptions = { file: 'checked.yaml', manifestDir: '/m', defaultModel: () => 'sora-2', checkJob: soraRules };

describe('checkJob problems', () => {
  it('are placed on the line of the field they concern', () => {
    const result = parseManifest('- prompt: a\n  seconds: 8\n- prompt: b\n  size: 1920x1080\n  seconds: 5\n', options);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'checked.yaml:4: job 2, field "size": must be 1280x720 or 720x1280 for sora-2',
      'checked.yaml:5: job 2, field "seconds": must be one of 4, 8, 12 for sora-2 (got 5)',
    ]);
  });

  it('about a value from defaults are placed on the job\'s line', () => {
    const result = parseManifest('defaults:\n  seconds: 6\njobs:\n  - id: a\n    prompt: a\n', options);
    expect(result.ok ? [] : result.issues).toEqual([
      { file: 'checked.yaml', line: 4, job: 1, field: 'seconds', message: 'must be one of 4, 8, 12 for sora-2 (got 6)' },
    ]);
  });

  it('may name fields by their JobSpec key', () => {
    const checker: JobChecker = () => [{ field: 'apiKeyEnv', message: 'is not set in this environment' }];
    const result = parseManifest('- prompt: a\n  api_key_env: TEAM_KEY\n', { ...options, checkJob: checker });
    expect(result.ok ? [] : result.issues).toEqual([
      { file: 'checked.yaml', line: 2, job: 1, field: 'api_key_env', message: 'is not set in this environment' },
    ]);
  });

  it('on a CSV row carry the row', () => {
    const result = parseManifest('prompt,seconds\na,4\nb,10\n', { ...options, file: 'checked.csv' });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'checked.csv:3 (row 2): field "seconds": must be one of 4, 8, 12 for sora-2 (got 10)',
    ]);
  });

  it('are asked also for a job whose mistakes leave the checks sound (a bad seconds), so one pass finds every problem', () => {
    const seen: string[] = [];
    const checker: JobChecker = (job: JobSpec) => {
      seen.push(job.id);
      return soraRules(job);
    };
    const result = parseManifest('- id: good\n  prompt: a\n  seconds: 5\n- id: broken\n  prompt: b\n  seconds: abc\n  size: 1920x1080\n', { ...options, checkJob: checker });
    expect(seen).toEqual(['good', 'broken']);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'checked.yaml:3: job 1, field "seconds": must be one of 4, 8, 12 for sora-2 (got 5)',
      'checked.yaml:6: job 2, field "seconds": must be a positive whole number, e.g. 8 (got "abc")',
      'checked.yaml:7: job 2, field "size": must be 1280x720 or 720x1280 for sora-2',
    ]);
  });

  it('are not asked for a job whose mistake would have them judge another job (a bad provider, model, image or remix)', () => {
    const seen: string[] = [];
    const checker: JobChecker = (job: JobSpec) => {
      seen.push(job.id);
      return [];
    };
    parseManifest('- {id: a, prompt: a, provider: nope}\n- {id: b, prompt: b, input_reference: x.gif}\n- {id: c, prompt: c, model: "bad\\u0007"}\n- {id: d, prompt: d}\n', { ...options, checkJob: checker });
    expect(seen).toEqual(['d']);
  });

  it('are not asked for jobs in a remix cycle', () => {
    const seen: string[] = [];
    const checker: JobChecker = (job: JobSpec) => {
      seen.push(job.id);
      return [];
    };
    const text = '- id: a\n  prompt: a\n  remix_of: b\n- id: b\n  prompt: b\n  remix_of: a\n- id: c\n  prompt: c\n- id: c\n  prompt: again\n';
    parseManifest(text, { ...options, checkJob: checker });
    // A duplicate id leaves the checks sound: both jobs are checked.
    expect(seen).toEqual(['c', 'c']);
  });

  it('come in line order with the structural issues', () => {
    const result = parseManifest('- id: good\n  prompt: a\n  seconds: 5\n- id: broken\n  prompt: b\n  seconds: abc\n', options);
    expect(result.ok ? [] : result.issues.map((issue) => [issue.line, issue.field])).toEqual([
      [3, 'seconds'],
      [6, 'seconds'],
    ]);
  });
});
