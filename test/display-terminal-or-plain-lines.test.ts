import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chooseDisplay, colorAllowed } from '../src/display/choose.js';
import { run } from '../src/run.js';
import { useResources, writeManifest } from './helpers.js';

const ESC = '\u001b';

/** What a stream received, with the terminal traits a test gives it. */
function fakeStream(traits: { isTTY?: boolean; columns?: number; rows?: number }) {
  let text = '';
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        text += chunk.toString();
        callback();
      },
    }),
    traits,
  );
  return { stream, text: () => text };
}

describe('the progress display the CLI picks', () => {
  const use = useResources();

  /** Runs a two-job manifest (one refused) against the simulator with the display picked for `stream` and `env`. */
  async function runWith(stream: Writable & { isTTY?: boolean }, env: Record<string, string | undefined>, quiet = false) {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: fox, prompt: A fox}\n- {id: refused, prompt: "No [sim:moderation]"}\n');
    const display = chooseDisplay({ stream, env, quiet });
    try {
      await run(
        { manifest, outDir: join(t.dir, 'out'), concurrency: 2, dryRun: false, download: true, timeoutSeconds: 30, failOn: 'never', simulate: false, baseUrl: sim.url, poll: { minIntervalMs: 10, maxIntervalMs: 50 } },
        { env: { OPENAI_API_KEY: 'sk-test' }, log: display.log, progress: display.progress, print: display.log },
      );
    } finally {
      display.stop();
    }
    return display;
  }

  it('off a terminal (CI, pipes) prints one plain line per state change and no escape codes', async () => {
    const { stream, text } = fakeStream({ isTTY: false });
    const display = await runWith(stream, {});
    expect(display.kind).toBe('lines');
    const lines = text().trimEnd().split('\n');
    expect(lines).toContain('[2/2] fox: completed -> videos/fox.mp4');
    expect(lines.some((line) => /^\[\d\/2\] refused: failed: moderation_blocked: /.test(line))).toBe(true);
    expect(lines.some((line) => line.startsWith('fox: submitted video_'))).toBe(true);
    expect(lines.slice(-2)).toEqual([expect.stringMatching(/^report: .*report\.json$/), expect.stringMatching(/^gallery: .*report\.html /)]);
    expect(text()).not.toContain(ESC);
  });

  it('on a terminal redraws the board in place, keeps a line per ended job, and ends on the final counts', async () => {
    const { stream, text } = fakeStream({ isTTY: true, columns: 100, rows: 30 });
    const display = await runWith(stream, {});
    expect(display.kind).toBe('live');
    const out = text();
    expect(out).toContain(`${ESC}[2K`); // erases lines to redraw them
    expect(out).toContain('[2/2] fox: completed -> videos/fox.mp4');
    expect(out).toContain(`${ESC}[31m1 failed${ESC}[0m`);
    const plain = out.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    expect(plain).toMatch(/1\/2 done · 1 failed · 0 in flight · 0 queued\s+\d+s elapsed\n/);
    expect(plain.trimEnd().split('\n').slice(-2)).toEqual([expect.stringMatching(/^report: .*report\.json$/), expect.stringMatching(/^gallery: .*report\.html /)]);
  });

  it('honours NO_COLOR: the board still redraws, without colour', async () => {
    const { stream, text } = fakeStream({ isTTY: true, columns: 100, rows: 30 });
    await runWith(stream, { NO_COLOR: '1' });
    expect(text()).toContain(`${ESC}[2K`);
    expect(text()).not.toMatch(/\u001b\[[0-9;]*m/);
    expect(colorAllowed({ NO_COLOR: '' })).toBe(true);
  });

  it('treats TERM=dumb as no terminal', async () => {
    const { stream, text } = fakeStream({ isTTY: true, columns: 100 });
    const display = await runWith(stream, { TERM: 'dumb' });
    expect(display.kind).toBe('lines');
    expect(text()).not.toContain(ESC);
  });

  it('a terminal that reports 0 columns (or 0 rows) gets plain lines, so progress still shows', async () => {
    for (const traits of [{ columns: 0, rows: 0 }, { columns: 0, rows: 30 }, { columns: 100, rows: 0 }, { columns: 5, rows: 30 }]) {
      const { stream, text } = fakeStream({ isTTY: true, ...traits });
      const display = await runWith(stream, {});
      expect(display.kind, JSON.stringify(traits)).toBe('lines');
      const lines = text().trimEnd().split('\n');
      expect(lines).toContain('[2/2] fox: completed -> videos/fox.mp4');
      expect(lines.some((line) => line.startsWith('fox: submitted video_'))).toBe(true);
      expect(text()).not.toContain(ESC);
    }
  });

  it('--quiet shows no progress, only warnings and where the reports are', async () => {
    const { stream, text } = fakeStream({ isTTY: true, columns: 100 });
    const display = await runWith(stream, {}, true);
    expect(display.kind).toBe('quiet');
    const lines = text().trimEnd().split('\n').filter((line) => !line.startsWith('warning: '));
    expect(lines).toEqual([expect.stringMatching(/^report: .*report\.json$/), expect.stringMatching(/^gallery: .*report\.html /)]);
  });
});
