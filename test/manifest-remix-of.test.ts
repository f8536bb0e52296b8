import { describe, expect, it } from 'vitest';
import { parsing } from './manifest-support.js';

const { jobsOf, issuesOf } = parsing({ file: 'remix.yaml', manifestDir: '/m', defaultModel: () => 'sora-2' });

describe('remix_of', () => {
  it('names another job of the manifest when that id exists, even one defined later', () => {
    const jobs = jobsOf('- id: night\n  prompt: at night\n  remix_of: day\n- id: day\n  prompt: by day\n');
    expect(jobs[0]?.remixOf).toEqual({ kind: 'job', jobId: 'day' });
    expect(jobs[1]).not.toHaveProperty('remixOf');
  });

  it('is a server-side video id when no job has that id', () => {
    const [job] = jobsOf('- prompt: at night\n  remix_of: video_68d7512d07848190\n');
    expect(job?.remixOf).toEqual({ kind: 'video', videoId: 'video_68d7512d07848190' });
  });

  it('may name a derived id', () => {
    const [base] = jobsOf('- prompt: by day\n');
    const jobs = jobsOf(`- prompt: by day\n- prompt: at night\n  remix_of: ${base?.id}\n`);
    expect(jobs[1]?.remixOf).toEqual({ kind: 'job', jobId: base?.id });
  });

  it('may not name the job itself', () => {
    expect(issuesOf('- id: loop\n  prompt: a\n  remix_of: loop\n')).toEqual([
      { file: 'remix.yaml', line: 3, job: 1, field: 'remix_of', message: 'a job may not remix itself' },
    ]);
  });

  it('may not form a cycle; the cycle is reported once, at the first job in it', () => {
    const text = [
      '- id: a',
      '  prompt: first',
      '  remix_of: b',
      '- id: b',
      '  prompt: second',
      '  remix_of: c',
      '- id: c',
      '  prompt: third',
      '  remix_of: a',
      '- id: d',
      '  prompt: outside the cycle',
      '  remix_of: a',
    ].join('\n');
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, job: 1, field: 'remix_of' });
    expect(issues[0]?.message).toMatch(/^remix_of forms a cycle: "a" -> "b" -> "c" -> "a"/);
  });

  it('a two-job cycle is an issue whose path starts at the first job in the file', () => {
    const issues = issuesOf('- id: x\n  prompt: outside\n  remix_of: b\n- id: a\n  prompt: first\n  remix_of: b\n- id: b\n  prompt: second\n  remix_of: a\n');
    expect(issues).toEqual([
      { file: 'remix.yaml', line: 6, job: 2, field: 'remix_of', message: expect.stringMatching(/^remix_of forms a cycle: "a" -> "b" -> "a";/) },
    ]);
  });
});
