import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeHtml, relativeHref, renderHtml } from '../src/report/html.js';
import { buildReport } from '../src/report/report.js';
import { baseResult, type JobResult } from '../src/runner/result.js';
import type { JobSpec } from '../src/types.js';

const job = (id: string, prompt: string): JobSpec => ({ id, prompt, provider: 'openai', model: 'sora-2', seconds: 4, size: '1280x720', source: { file: 'm.yaml', line: 1 } });

function report(jobs: JobResult[], interrupted = false) {
  return buildReport({ manifest: 'm.yaml', startedAt: Date.UTC(2026, 0, 2, 3, 4, 5), finishedAt: Date.UTC(2026, 0, 2, 3, 5, 10), interrupted, jobs });
}

const completed = (id: string, extra: Partial<JobResult> = {}): JobResult => ({
  ...baseResult(job(id, `prompt of ${id}`), 'completed'),
  videoId: `video_${id}`,
  file: `videos/${id}.mp4`,
  durationMs: 41_000,
  ...extra,
});

describe('report.html, rendered from a report', () => {
  it('keeps every value from the manifest and the server inert: a <script> prompt stays text', () => {
    const hostile = '<script>alert("x")</script> & \'quotes\' <img src=x onerror=alert(1)>';
    const html = renderHtml(
      report([
        { ...completed('a'), prompt: hostile, model: '<b>model</b>', videoId: '"><script>1</script>' },
        { ...baseResult(job('<i>id</i>', hostile), 'failed'), error: { code: '<code>', message: 'refused: <script>alert(2)</script>' } },
      ]),
    );
    expect(html.match(/<script\b/g)).toHaveLength(1); // only the page's own script
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>model</b>');
    expect(html).not.toContain('<i>id</i>');
    expect(html).toContain(escapeHtml(hostile));
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;');
    expect(html).toContain('refused: &lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('allows only its own inline style and script, by hash, and loads nothing from the network', () => {
    const html = renderHtml(report([completed('a')]));
    const csp = (/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '').replaceAll('&#39;', "'");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain("default-src 'none'");
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('gives completed jobs a player with the thumbnail as poster (only when saved), failed jobs their error', () => {
    const html = renderHtml(
      report([
        completed('with-poster', { thumbnail: 'videos/with-poster.thumbnail.png', spritesheet: 'videos/with-poster.spritesheet.png' }),
        completed('no-poster', { thumbnail: null }),
        { ...baseResult(job('bad', 'p'), 'failed'), error: { code: 'moderation_blocked', message: 'Your request was blocked.' } },
        { ...baseResult(job('late', 'p'), 'pending'), videoId: 'video_late' },
      ]),
    );
    // A stand-in until the card comes near the screen: the poster as a lazy image, the video's
    // address for the page script (which puts a <video> there; see html-report-in-chromium).
    expect(html).toContain('<div class="media player" data-src="videos/with-poster.mp4" data-poster="videos/with-poster.thumbnail.png"><a class="standin" href="videos/with-poster.mp4" aria-label="Play the video"><img class="poster" loading="lazy" decoding="async" alt="" src="videos/with-poster.thumbnail.png"></a></div>');
    // Without a poster the player, once woken, shows the frame at 0.1 s instead of a blank box.
    expect(html).toContain('<div class="media player" data-src="videos/no-poster.mp4"><a class="standin" href="videos/no-poster.mp4"');
    expect(html.match(/<div class="media player"/g)).toHaveLength(2);
    expect(html).not.toContain('<video');
    expect(html).toContain('<span class="code">');
    expect(html).toContain('moderation_blocked</span><p class="message">Your request was blocked.</p>');
    expect(html).toContain('href="videos/with-poster.spritesheet.png"');
    expect(html).toContain('Not finished: run again to resume');
    expect(html.match(/<article class="card"/g)).toHaveLength(4);
    expect(html).toContain('data-filter="failed" aria-pressed="false">Failed <span class="n">1</span>');
  });

  it('links only relative paths inside the output folder', () => {
    expect(relativeHref('videos/a b#c?.mp4')).toBe('videos/a%20b%23c%3F.mp4');
    expect(relativeHref('javascript:alert(1)')).toBe('javascript%3Aalert(1)');
    expect(relativeHref('/etc/../../passwd')).toBe('etc/passwd');
  });

  it('says when the run was stopped, and is the same page for the same report', () => {
    const stopped = report([completed('a')], true);
    expect(renderHtml(stopped)).toContain('This run was stopped before every job ended');
    expect(renderHtml(stopped)).toBe(renderHtml(stopped));
    expect(renderHtml(report([completed('a')]))).not.toContain('class="banner"');
  });
});
