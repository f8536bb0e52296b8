import { describe, expect, it } from 'vitest';
import { renderMarkdown, escapeCell, codeSpan } from '../src/report/markdown.js';
import { buildReport } from '../src/report/report.js';
import { baseResult } from '../src/runner/result.js';
import type { JobSpec } from '../src/types.js';

const job = (id: string, prompt: string): JobSpec => ({ id, prompt, provider: 'openai', model: 'sora-2', seconds: 4, source: { file: 'm.yaml', line: 1 } });

describe('report.md', () => {
  it('keeps user and server text inert in the table', () => {
    expect(escapeCell('a | b <script>alert(1)</script>\n*x*')).toBe('a \\| b &lt;script&gt;alert(1)&lt;/script&gt; \\*x\\*');
    expect(codeSpan('id`with|pipe')).toBe("`id'with\\|pipe`");
  });

  it('lists totals, failures with their reasons, and one row per job', () => {
    const ok = { ...baseResult(job('a|b', 'p'), 'completed'), videoId: 'video_1', file: 'videos/a_b.mp4', durationMs: 65_000 };
    const bad = { ...baseResult(job('<b>', 'p'), 'failed'), error: { code: 'moderation_blocked', message: 'refused <here>' } };
    const md = renderMarkdown(buildReport({ manifest: 'm.yaml', startedAt: 0, finishedAt: 1000, interrupted: false, jobs: [ok, bad] }));
    expect(md).toContain('**2 jobs**: 1 completed, 1 failed');
    expect(md).toContain('## Failures');
    expect(md).toContain('- **&lt;b&gt;**: `moderation_blocked` refused &lt;here&gt;');
    expect(md).toContain('| [a\\|b](videos/a_b.mp4) | completed | `video_1` | sora-2 | 4 |  |  | 1m 5s |  |');
    expect(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| id') && !l.startsWith('| ---')).length).toBe(2);
  });
});
