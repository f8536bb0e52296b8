import { readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobFingerprint, Ledger } from '../src/runner/ledger.js';
import type { JobSpec } from '../src/types.js';
import { useResources } from './helpers.js';

const job = (id: string): JobSpec => ({ id, prompt: `Prompt of ${id}`, provider: 'openai', model: 'sora-2', seconds: 4, source: { file: 'm.yaml', line: 1 } });

describe('the ledger after a kill mid-append', () => {
  const use = useResources();

  it('skips the torn line and keeps the entry written after it, so a paid video id is never forgotten', async () => {
    const { dir } = await use.folder();
    const path = join(dir, 'ledger.jsonl');
    const [a, b] = [job('a'), job('b')];
    const first = new Ledger(path);
    first.append({ type: 'intent', jobId: 'a', fingerprint: jobFingerprint(a), at: 1 });
    first.append({ type: 'submitted', jobId: 'a', fingerprint: jobFingerprint(a), videoId: 'video_a', at: 2 });
    first.append({ type: 'intent', jobId: 'b', fingerprint: jobFingerprint(b), at: 3 });
    // kill -9 halfway through the next line: the file ends inside a JSON object.
    const whole = (await readFile(path, 'utf8')).length;
    first.append({ type: 'submitted', jobId: 'b', fingerprint: jobFingerprint(b), videoId: 'video_lost', at: 4 });
    await truncate(path, whole + 20);

    // The next run learns b's video id (from adopting it) and records it: that line must survive.
    const next = new Ledger(path);
    next.append({ type: 'submitted', jobId: 'b', fingerprint: jobFingerprint(b), videoId: 'video_b', at: 5 });
    next.append({ type: 'ended', jobId: 'b', fingerprint: jobFingerprint(b), videoId: 'video_b', status: 'completed', file: 'videos/b.mp4', at: 6 });

    const records = new Ledger(path).read([a, b]);
    expect(records.get('a')).toMatchObject({ videoId: 'video_a' });
    expect(records.get('b')).toMatchObject({ videoId: 'video_b', ended: { status: 'completed', file: 'videos/b.mp4' } });
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines.filter((line) => line.includes('video_b'))).toHaveLength(2);
    expect(lines.at(-1)).toBe('');
  });

  it('adds no blank line when the last append was whole', async () => {
    const { dir } = await use.folder();
    const path = join(dir, 'ledger.jsonl');
    new Ledger(path).append({ type: 'intent', jobId: 'a', fingerprint: 'f', at: 1 });
    new Ledger(path).append({ type: 'intent', jobId: 'a', fingerprint: 'f', at: 2 });
    expect((await readFile(path, 'utf8')).split('\n')).toHaveLength(3);
  });
});
