import { describe, expect, it } from 'vitest';
import type { ListedVideo } from '../src/providers/types.js';
import { judgeRecent } from '../src/runner/reconcile.js';
import type { JobSpec } from '../src/types.js';

const job: JobSpec = { id: 'fox', prompt: 'A red fox', provider: 'openai', model: 'sora-2', seconds: 8, size: '1280x720', source: { file: 'm.yaml', line: 1 } };
const T = Date.parse('2026-12-01T10:00:00Z');
const span = { sinceMs: T, untilMs: T + 30_000 };
const ours: ListedVideo = { id: 'video_ours', createdAtMs: T + 5_000, prompt: 'A red fox', model: 'sora-2', seconds: '8', size: '1280x720' };
const judge = (videos: ListedVideo[], claimed: string[] = [], truncated = false) => judgeRecent(job, { videos, truncated }, span, new Set(claimed));

describe('what a recent list proves about a create with no clear answer', () => {
  it('adopts only a video stating the same prompt and model, made in the window, owned by no job', () => {
    expect(judge([ours])).toMatchObject({ kind: 'adopt', id: 'video_ours' });
    expect(judge([ours], ['video_ours'])).toEqual({ kind: 'none', checked: 0 });
    expect(judge([{ ...ours, createdAtMs: T - 120_000 }])).toEqual({ kind: 'none', checked: 0 });
    expect(judge([{ ...ours, createdAtMs: T + 200_000 }])).toEqual({ kind: 'none', checked: 0 });
  });

  it('a stated field that differs rules a video out; an unstated seconds or size neither matches nor rules out', () => {
    for (const other of [{ prompt: 'A blue whale' }, { model: 'sora-2-pro' }, { seconds: '4' }, { size: '720x1280' }]) {
      expect(judge([{ ...ours, ...other }])).toEqual({ kind: 'none', checked: 1 });
    }
    const { seconds: _s, size: _z, ...bare } = ours;
    const verdict = judge([bare]);
    expect(verdict).toMatchObject({ kind: 'adopt', id: 'video_ours' });
    expect(verdict.kind === 'adopt' && verdict.evidence).toMatch(/same prompt and model \(seconds and size not stated by the list\)/);
  });

  it("a remix is judged by its prompt alone: its video carries its source's model, seconds and size", () => {
    const remix: JobSpec = { ...job, id: 'fox-night', prompt: 'The fox at night', remixOf: { kind: 'job', jobId: 'fox' } };
    const made: ListedVideo = { id: 'video_remix', createdAtMs: T + 5_000, prompt: 'The fox at night', model: 'sora-2-pro', seconds: '12', size: '1792x1024' };
    const verdict = judgeRecent(remix, { videos: [made], truncated: false }, span, new Set());
    expect(verdict).toMatchObject({ kind: 'adopt', id: 'video_remix' });
    expect(verdict.kind === 'adopt' && verdict.evidence).toMatch(/same prompt, made at .* \(a remix takes its source's model and size\)|same prompt \(a remix/);
    expect(judgeRecent(remix, { videos: [{ ...made, prompt: 'Another' }], truncated: false }, span, new Set())).toEqual({ kind: 'none', checked: 1 });
    const { model: _m, ...noModel } = made;
    expect(judgeRecent(remix, { videos: [noModel], truncated: false }, span, new Set())).toMatchObject({ kind: 'adopt', id: 'video_remix' });
  });

  it('an unstated prompt, model or creation time is never a match: the job is uncertain, naming the candidates', () => {
    const { prompt: _p, ...noPrompt } = ours;
    const { model: _m, ...noModel } = ours;
    const { createdAtMs: _c, ...noTime } = ours;
    for (const [video, missing] of [[noPrompt, 'prompt'], [noModel, 'model'], [noTime, 'creation time']] as const) {
      expect(judge([video])).toMatchObject({ kind: 'uncertain', candidates: [{ id: 'video_ours', unstated: [missing] }] });
    }
    // Another job's video with no prompt is a candidate too, unless its stated model rules it out.
    expect(judge([{ ...noPrompt, id: 'video_other', model: 'sora-2-pro' }])).toEqual({ kind: 'none', checked: 1 });
  });

  it('an empty answer from a list that stops short of the window proves nothing', () => {
    expect(judge([], [], true)).toMatchObject({ kind: 'uncertain', candidates: [] });
    expect(judge([], [], false)).toEqual({ kind: 'none', checked: 0 });
  });
});
