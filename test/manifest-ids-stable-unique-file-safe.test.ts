import { describe, expect, it } from 'vitest';
import { fileStem } from '../src/manifest/index.js';
import { parsing } from './manifest-support.js';

const { jobsOf, issuesOf } = parsing({ file: 'ids.yaml', manifestDir: '/m', defaultModel: () => 'sora-2' });
const idsOf = (text: string): string[] => jobsOf(text).map((job) => job.id);

const SAFE = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

describe('derived ids', () => {
  it('are a slug of the prompt\'s first words plus a short hash', () => {
    expect(idsOf('- prompt: A red fox, running through snow at dawn!\n')[0]).toMatch(/^a-red-fox-running-through-snow-[0-9a-f]{6}$/);
  });

  it('are the same for the same text', () => {
    const text = '- prompt: a red fox running through snow\n  seconds: 8\n';
    expect(idsOf(text)).toEqual(idsOf(text));
  });

  it('change when a parameter that shapes the video changes', () => {
    const [four] = idsOf('- prompt: a red fox\n  seconds: 4\n');
    const [eight] = idsOf('- prompt: a red fox\n  seconds: 8\n');
    expect(four).not.toBe(eight);
  });

  it('do not change when another job is added before them', () => {
    const [fox] = idsOf('- prompt: a red fox\n');
    const ids = idsOf('- prompt: a grey cat\n- prompt: a red fox\n');
    expect(ids[1]).toBe(fox);
  });

  it('of identical jobs get -2, -3 in order', () => {
    const [first, second, third] = idsOf('- prompt: a red fox\n- prompt: a red fox\n- prompt: a red fox\n');
    expect(second).toBe(`${first}-2`);
    expect(third).toBe(`${first}-3`);
  });

  it('never take an id a job gives itself', () => {
    const [derived] = idsOf('- prompt: a red fox\n');
    const ids = idsOf(`- prompt: a red fox\n- id: ${derived}\n  prompt: something else\n`);
    expect(ids).toEqual([`${derived}-2`, derived]);
  });

  it('are file-name safe whatever the prompt', () => {
    const ids = idsOf('- prompt: "../../etc/passwd"\n- prompt: 山の上の赤い狐\n- prompt: Café crème brûlée\n');
    for (const id of ids) {
      expect(id).toMatch(SAFE);
      expect(fileStem(id)).toBe(id);
    }
    expect(ids[2]).toMatch(/^cafe-creme-brulee-/);
  });
});

describe('duplicate ids', () => {
  it('are an issue naming both lines', () => {
    const issues = issuesOf('- id: fox\n  prompt: a\n- id: cat\n  prompt: b\n- id: fox\n  prompt: c\n');
    expect(issues).toEqual([
      { file: 'ids.yaml', line: 5, job: 3, field: 'id', message: 'id "fox" is used by the jobs at line 1 and line 5; ids must be unique' },
    ]);
  });

  it('whose file stems collide are an issue', () => {
    const issues = issuesOf('- id: Fox\n  prompt: a\n- id: fox\n  prompt: b\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, field: 'id' });
    expect(issues[0]?.message).toMatch(/ids "Fox" \(line 1\) and "fox" would be saved under the same file name/);
  });
});

describe('fileStem', () => {
  it.each(['../../x', '..', '.', '.hidden', 'a/b', 'a\\b', 'C:\\temp\\x', 'con', 'NUL.txt', 'ends.', '-rf', 'ünïcödé 狐', 'x'.repeat(300), ''])(
    'makes %j safe',
    (id) => {
      const stem = fileStem(id);
      expect(stem).toMatch(SAFE);
      expect(stem.length).toBeLessThanOrEqual(100);
      expect(stem).not.toMatch(/^\.{1,2}$/);
      expect(stem.endsWith('.')).toBe(false);
      expect(stem).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
      expect(stem).not.toBe(id);
      expect(stem).toMatch(/-[0-9a-f]{8}$/);
    },
  );

  it('keeps ids that are already safe', () => {
    expect(['fox', 'fox_01', 'v1.2-final', 'A'].map(fileStem)).toEqual(['fox', 'fox_01', 'v1.2-final', 'A']);
  });

  it('keeps readable parts of changed ids', () => {
    expect(fileStem('../../x')).toMatch(/^x-[0-9a-f]{8}$/);
    expect(fileStem('a/b')).toMatch(/^a-b-[0-9a-f]{8}$/);
    expect(fileStem('Crème brûlée')).toMatch(/^Creme-brulee-[0-9a-f]{8}$/);
  });

  it('keeps distinct ids distinct', () => {
    const ids = ['a/b', 'a\\b', 'a b', 'a?b', 'a-b', '../x', './x', 'x', '狐', '狸', 'x'.repeat(200), `${'x'.repeat(199)}y`];
    const stems = ids.map(fileStem);
    expect(new Set(stems).size).toBe(ids.length);
  });

  it('is stable', () => {
    expect(fileStem('../../x')).toBe(fileStem('../../x'));
  });
});
