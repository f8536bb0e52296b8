import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/manifest/index.js';
import { parsing } from './manifest-support.js';

const { jobsOf, issuesOf } = parsing({ file: 'prompts.csv', manifestDir: '/m', defaultModel: () => 'sora-2' });

describe('CSV manifests as spreadsheets export them', () => {
  it('reads a header row and one job per record, with line and row', () => {
    const jobs = jobsOf('id,prompt,seconds,size\nfox,a red fox,8,1280x720\ncat,a cat,4,720x1280\n');
    expect(jobs.map((job) => [job.id, job.prompt, job.seconds, job.size, job.source])).toEqual([
      ['fox', 'a red fox', 8, '1280x720', { file: 'prompts.csv', line: 2, row: 1 }],
      ['cat', 'a cat', 4, '720x1280', { file: 'prompts.csv', line: 3, row: 2 }],
    ]);
  });

  it('a UTF-8 byte order mark does not become part of the first column name', () => {
    const jobs = jobsOf('\uFEFFid,prompt\nfox,a red fox\n');
    expect(jobs.map((job) => job.id)).toEqual(['fox']);
  });

  it('an empty cell means the field is absent', () => {
    const [job] = jobsOf('id,prompt,seconds,size\n,a red fox,,\n');
    expect(job).not.toHaveProperty('seconds');
    expect(job).not.toHaveProperty('size');
    expect(job?.id).toMatch(/^a-red-fox-[0-9a-f]{6}$/);
  });

  it('a multi-line quoted prompt keeps its line breaks and later records keep their lines', () => {
    const text = 'id,prompt\nfirst,"line one\nline two\nline three"\nsecond,after\n\nthird,after a blank line\n';
    const jobs = jobsOf(text);
    expect(jobs.map((job) => [job.id, job.prompt, job.source.line, job.source.row])).toEqual([
      ['first', 'line one\nline two\nline three', 2, 1],
      ['second', 'after', 5, 2],
      ['third', 'after a blank line', 7, 3],
    ]);
  });

  it('an issue after a multi-line record names its real line', () => {
    const issues = issuesOf('id,prompt,seconds\nfirst,"line one\nline two",4\nsecond,ok,abc\n');
    expect(issues.map(formatIssue)).toEqual([
      'prompts.csv:4 (row 2): field "seconds": must be a positive whole number, e.g. 8 (got "abc")',
    ]);
  });

  it('CRLF line endings, also inside quoted fields, keep lines right', () => {
    const jobs = jobsOf('id,prompt\r\nfirst,"one\r\ntwo"\r\nsecond,three\r\n');
    expect(jobs.map((job) => [job.prompt, job.source.line])).toEqual([
      ['one\ntwo', 2],
      ['three', 4],
    ]);
  });

  it('quoted fields may hold commas and doubled quotes', () => {
    const [job] = jobsOf('id,prompt,seconds\nad,"A baker says ""fresh, warm bread"", then smiles",8\n');
    expect(job?.prompt).toBe('A baker says "fresh, warm bread", then smiles');
    expect(job?.seconds).toBe(8);
  });

  it('blank rows exported as ",,," hold no job but still count as rows', () => {
    const jobs = jobsOf('id,prompt\na,first\n,\nb,second\n');
    expect(jobs.map((job) => [job.id, job.source.row])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
  });
});

describe('CSV mistakes', () => {
  it('a ragged row is an issue naming the row', () => {
    const issues = issuesOf('id,prompt,seconds\nfox,a red fox,8\ncat,a cat, sitting,4\n');
    expect(issues).toEqual([
      { file: 'prompts.csv', line: 3, row: 2, message: expect.stringMatching(/4 cells but the header has 3 columns; put text that contains commas in double quotes/) },
    ]);
  });

  it('an unknown column is an issue on line 1 with a did-you-mean hint', () => {
    const issues = issuesOf('id,prompt,secnds\nfox,a red fox,8\n');
    expect(issues).toEqual([{ file: 'prompts.csv', line: 1, message: 'unknown column "secnds"; did you mean "seconds"?' }]);
  });

  it('a header without a prompt column is one issue', () => {
    expect(issuesOf('id,seconds\nfox,8\n')).toEqual([
      { file: 'prompts.csv', line: 1, message: 'the header has no "prompt" column; every job needs a prompt' },
    ]);
  });

  it('a column named twice is an issue', () => {
    expect(issuesOf('prompt,seconds,seconds\na,4,8\n')).toEqual([
      { file: 'prompts.csv', line: 1, message: 'column "seconds" appears twice in the header' },
    ]);
  });

  it('an unclosed quote is a syntax issue at the record where it opens', () => {
    const issues = issuesOf('id,prompt\nfox,a red fox\ncat,"a cat\nsitting\n');
    expect(issues).toEqual([{ file: 'prompts.csv', line: 3, message: expect.stringMatching(/^CSV syntax error: a quoted field .* never closed/) }]);
  });

  it('a header with no data rows is an issue', () => {
    expect(issuesOf('id,prompt\n')).toEqual([{ file: 'prompts.csv', line: 1, message: expect.stringMatching(/has no jobs/) }]);
  });

  it('an empty file is an issue', () => {
    expect(issuesOf('')).toEqual([{ file: 'prompts.csv', line: 1, message: expect.stringMatching(/manifest is empty/) }]);
  });

  it('every row\'s problems are collected at once', () => {
    const issues = issuesOf('prompt,seconds,size\na,0,1280x720\n,4,\nc,8,wide\n');
    expect(issues.map((issue) => [issue.line, issue.row, issue.field])).toEqual([
      [2, 1, 'seconds'],
      [3, 2, 'prompt'],
      [4, 3, 'size'],
    ]);
  });
});
