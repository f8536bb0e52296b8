import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../src/simulate.js';
import { caught, runCli, startNode, useResources, writeManifest } from './helpers.js';

const JOBS = 6;
const MANIFEST = Array.from({ length: JOBS }, (_, i) => `- {id: clip${i}, prompt: "Clip ${i}, a slow pan"}`).join('\n') + '\n';

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function submittedCount(out: string): Promise<number> {
  const text = await readFile(join(out, 'ledger.jsonl'), 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line.includes('"type":"submitted"')).length;
}

/** Videos the simulator made for this folder, from its state file. */
async function simulatedVideos(out: string): Promise<number> {
  const state = JSON.parse(await readFile(join(out, '.simulator-state.json'), 'utf8')) as { videos: unknown[] };
  return state.videos.length;
}

describe('--simulate keeps what it made across runs on the same output folder', () => {
  const use = useResources();

  async function setup() {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const out = join(t.dir, 'out');
    return { out, args: ['run', manifest, '--simulate', '--out', out, '--concurrency', '3'] };
  }

  it('SIGTERM mid-run, then the same command: the resumed jobs finish, no video is made twice', async () => {
    const { out, args } = await setup();
    const first = startNode(resolve('dist/cli.js'), args, {});
    await until(async () => (await submittedCount(out)) >= 2);
    first.child.kill('SIGTERM');
    expect((await first.done).code).toBe(143);
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as { jobs: { status: string; videoId: string | null }[] };
    expect(report.jobs.some((j) => j.status === 'pending' && j.videoId)).toBe(true);

    const second = await runCli(args, {});
    expect(second.stderr).not.toMatch(/not_found/);
    expect(second.code).toBe(0);
    const again = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as { summary: { completed: number; skipped: number } };
    expect(again.summary.completed + again.summary.skipped).toBe(JOBS);
    expect((await readdir(join(out, 'videos'))).filter((f) => f.endsWith('.mp4'))).toHaveLength(JOBS);
    expect(await simulatedVideos(out)).toBe(JOBS);
  });

  it('--no-download, then a run that downloads: every video is fetched, none made again', async () => {
    const { out, args } = await setup();
    const listed = await runCli([...args, '--no-download'], {});
    expect(listed.code).toBe(0);
    expect(existsSync(join(out, 'videos'))).toBe(false);

    const fetched = await runCli(args, {});
    expect(fetched.stderr).not.toMatch(/not_found/);
    expect(fetched.code).toBe(0);
    expect((await readdir(join(out, 'videos'))).filter((f) => f.endsWith('.mp4'))).toHaveLength(JOBS);
    expect(await simulatedVideos(out)).toBe(JOBS);
  });

  it('a video whose download window passed between runs is expired, and --regenerate-expired makes it again', async () => {
    const { out, args } = await setup();
    expect((await runCli([...args, '--no-download'], {})).code).toBe(0);
    // Two hours pass: move every stored video back in time, past the 1-hour download window.
    const path = join(out, '.simulator-state.json');
    const state = JSON.parse(await readFile(path, 'utf8')) as { videos: { createdAtMs: number }[] };
    for (const video of state.videos) video.createdAtMs -= 2 * 3_600_000;
    await writeFile(path, JSON.stringify(state));

    const late = await runCli(args, {});
    expect(late.code).toBe(1);
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as { jobs: { status: string }[] };
    expect(report.jobs.map((j) => j.status)).toEqual(Array(JOBS).fill('expired'));
    expect(await simulatedVideos(out)).toBe(JOBS);

    const again = await runCli([...args, '--regenerate-expired'], {});
    expect(again.code).toBe(0);
    expect((await readdir(join(out, 'videos'))).filter((f) => f.endsWith('.mp4'))).toHaveLength(JOBS);
    expect(await simulatedVideos(out)).toBe(2 * JOBS);
  });

  it('a state file that cannot be read stops the run with exit 2 and says to delete it', async () => {
    const { out, args } = await setup();
    await mkdir(out, { recursive: true });
    await writeFile(join(out, '.simulator-state.json'), '{"version": 1, "videos": [{"id": 3}]');
    const ran = await runCli(args, {});
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/simulator state .*\.simulator-state\.json is unreadable .*delete it/);
    expect(ran.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, 'report.json'))).toBe(false);
  });

  it('a state file carries videos into a later simulator: one in progress finishes there, and expiry still holds', async () => {
    const t = await use.folder();
    const stateFile = join(t.dir, 'state.json');
    const T0 = 1_700_000_000_000;
    let now = T0;
    const first = await startSimulator({ now: () => now, queueMs: 0, generationMs: 1000, expiresAfterMs: 60_000, stateFile });
    const client1 = new OpenAI({ apiKey: 'sk-test', baseURL: first.url, maxRetries: 0 });
    const video = await client1.videos.create({ prompt: 'carried over' });
    now = T0 + 400;
    expect((await client1.videos.retrieve(video.id)).status).toBe('in_progress');
    await first.close();

    now = T0 + 2000;
    const second = await startSimulator({ now: () => now, queueMs: 0, generationMs: 1000, expiresAfterMs: 60_000, stateFile });
    try {
      const client2 = new OpenAI({ apiKey: 'sk-test', baseURL: second.url, maxRetries: 0 });
      expect(await client2.videos.retrieve(video.id)).toMatchObject({ status: 'completed', prompt: 'carried over' });
      expect((await client2.videos.downloadContent(video.id)).status).toBe(200);
      now = T0 + 1000 + 60_000;
      const expired = await caught(client2.videos.downloadContent(video.id));
      expect((expired as InstanceType<typeof OpenAI.NotFoundError>).code).toBe('video_expired');
    } finally {
      await second.close();
    }
  });
});
