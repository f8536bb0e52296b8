/**
 * `node --import tsx bench/dripping-poll-deadline.ts [--timeout 8] [--drip 2]`: the red team's case
 * of issue 18 item 4. A server of the Videos API shape creates a video, then answers every status
 * request by dripping one byte every `--drip` seconds, for ever. Prints how long run() took to end
 * the job and how it ended (expected: timed_out, about --timeout seconds). Not a test: the figure
 * depends on the machine.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { run } from '../src/run.js';

const { values } = parseArgs({ options: { timeout: { type: 'string', default: '8' }, drip: { type: 'string', default: '2' } } });
const timeoutSeconds = Number(values.timeout);
const dripMs = Number(values.drip) * 1000;

const video = (status: string) => ({ id: 'video_1', object: 'video', status, model: 'sora-2', prompt: 'a fox', seconds: '4', size: '1280x720', progress: 0, created_at: Math.floor(Date.now() / 1000) });
const server = createServer((req, res) => {
  req.resume();
  const path = (req.url ?? '/').split('?')[0];
  if (req.method === 'POST' && path === '/v1/videos') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(JSON.stringify(video('queued')));
  }
  if (req.method === 'GET' && path === '/v1/videos/video_1') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"id":"video_1",');
    const timer = setInterval(() => res.write(' '), dripMs);
    return res.on('close', () => clearInterval(timer));
  }
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { message: 'not here' } }));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const dir = await mkdtemp(join(tmpdir(), 'video-batch-bench-'));
try {
  const manifest = join(dir, 'm.yaml');
  await writeFile(manifest, '- {id: fox, prompt: a fox}\n');
  const started = performance.now();
  const result = await run(
    { manifest, outDir: join(dir, 'out'), concurrency: 1, dryRun: false, download: false, timeoutSeconds, failOn: 'any', simulate: false, preflight: false, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` },
    { env: { OPENAI_API_KEY: 'sk-bench-key-0123456789' }, log: () => undefined, print: () => undefined },
  );
  const seconds = (performance.now() - started) / 1000;
  const job = result.report!.jobs[0]!;
  process.stdout.write(`--timeout ${timeoutSeconds} s, status dripping a byte every ${dripMs / 1000} s: the job ended ${job.status} (${job.error?.message ?? 'no error'}) after ${seconds.toFixed(1)} s\n`);
} finally {
  server.closeAllConnections();
  server.close();
  await rm(dir, { recursive: true, force: true });
}
