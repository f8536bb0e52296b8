import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { parseShard, selectShard, shardOfId } from '../src/shard.js';
import type { JobSpec } from '../src/types.js';

function job(id: string, line: number, remixOf?: string): JobSpec {
  return {
    id,
    prompt: `prompt of ${id}`,
    provider: 'openai',
    model: 'sora-2',
    source: { file: 'm.yaml', line },
    ...(remixOf ? { remixOf: { kind: 'job' as const, jobId: remixOf } } : {}),
  };
}

const jobs = Array.from({ length: 200 }, (_, i) => job(`job-${i}`, i + 1));
const idsOf = (list: readonly JobSpec[]): string[] => list.map((j) => j.id);

describe('shard slices', () => {
  it('put every job in exactly one shard, for any number of shards', () => {
    for (const total of [1, 2, 3, 4, 7, 16]) {
      const slices = Array.from({ length: total }, (_, i) => idsOf(selectShard(jobs, { index: i + 1, total })));
      const all = slices.flat();
      expect(all.length).toBe(jobs.length);
      expect(new Set(all)).toEqual(new Set(idsOf(jobs)));
    }
  });

  it('keep manifest order within a shard and spread jobs about evenly', () => {
    const slices = [1, 2, 3, 4].map((index) => selectShard(jobs, { index, total: 4 }));
    for (const slice of slices) {
      const lines = slice.map((j) => j.source.line);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
      expect(slice.length).toBeGreaterThan(25);
      expect(slice.length).toBeLessThan(75);
    }
  });

  it('do not move a job when other jobs are added or removed', () => {
    const grown = [...jobs.slice(0, 50), job('new-one', 1000), ...jobs.slice(50), job('new-two', 1001)];
    const shrunk = jobs.filter((_, i) => i % 3 !== 0);
    for (const index of [1, 2, 3, 4]) {
      const before = new Set(idsOf(selectShard(jobs, { index, total: 4 })));
      const after = idsOf(selectShard(grown, { index, total: 4 })).filter((id) => !id.startsWith('new-'));
      expect(after).toEqual([...before]);
      expect(idsOf(selectShard(shrunk, { index, total: 4 }))).toEqual(idsOf(shrunk).filter((id) => before.has(id)));
    }
  });

  it('depend on the id alone: the same id lands in the same shard in any manifest', () => {
    expect(shardOfId('bottle-hero', 4)).toBe(shardOfId('bottle-hero', 4));
    const reordered = [...jobs].reverse();
    expect(new Set(idsOf(selectShard(reordered, { index: 2, total: 4 })))).toEqual(new Set(idsOf(selectShard(jobs, { index: 2, total: 4 }))));
  });

  it('keep a remix chain in the shard of its root job', () => {
    // Ids chosen so that, placed by their own ids, the chain would spread over shards.
    const chain = ['root', 'remix-1', 'remix-2', 'remix-3', 'remix-4'];
    expect(new Set(chain.map((id) => shardOfId(id, 4))).size).toBeGreaterThan(1);
    const manifest = [...jobs.slice(0, 10), job('remix-2', 901, 'remix-1'), job('root', 902), job('remix-1', 903, 'root'), job('remix-3', 904, 'remix-2'), job('remix-4', 905, 'root')];
    const home = shardOfId('root', 4);
    for (const index of [1, 2, 3, 4]) {
      const ids = idsOf(selectShard(manifest, { index, total: 4 }));
      for (const id of chain) expect(ids.includes(id)).toBe(index === home);
    }
  });

  it('a remix of a video id (not a job) is placed by its own id', () => {
    const remix: JobSpec = { ...job('video-remix', 1), remixOf: { kind: 'video', videoId: 'video_abc' } };
    const home = shardOfId('video-remix', 3);
    expect(idsOf(selectShard([remix], { index: home, total: 3 }))).toEqual(['video-remix']);
  });
});

describe('parseShard', () => {
  it('reads I/N, 1-based', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, total: 1 });
  });

  it.each(['0/4', '5/4', '2', '2/0', 'a/b', '1/2/3', '-1/4', '', '1.5/4'])('rejects %j with a ConfigError that shows the form', (text) => {
    expect(() => parseShard(text, '--shard')).toThrowError(ConfigError);
    expect(() => parseShard(text, '--shard')).toThrowError(/--shard takes I\/N/);
  });
});
