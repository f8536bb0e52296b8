import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { useResources, writeManifest } from './helpers.js';
import { startTokenEndpoint, writeExternalAccount } from './vertex-support.js';

const SUBJECT = 'subject-token-for-tests';
// Shaped like no known credential: only the value itself can find it.
const TOKEN = 'plainTokenValue0123456789abcdefXYZ';

describe('vertex: the access token never reaches a report or a log', () => {
  const resources = useResources();
  const closing: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closing.splice(0).map((close) => close()));
  });

  it('takes the token out of a server error that echoes it', async () => {
    const { dir } = await resources.folder();
    const tokens = await startTokenEndpoint(SUBJECT, TOKEN);
    closing.push(() => tokens.close());
    // Vertex AI's answer to a token it refuses, with the token quoted back.
    const api = createServer((req, res) => {
      req.resume();
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 403, message: `Permission 'aiplatform.endpoints.predict' denied for token ${token}`, status: 'PERMISSION_DENIED' } }));
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    closing.push(() => new Promise<void>((resolve) => api.close(() => resolve())));
    const { port } = api.address() as AddressInfo;
    const env = { GOOGLE_APPLICATION_CREDENTIALS: await writeExternalAccount(dir, tokens.url, SUBJECT), GOOGLE_CLOUD_PROJECT: 'p', VERTEX_BASE_URL: `http://127.0.0.1:${port}/v1` };
    const log: string[] = [];
    const outDir = join(dir, 'out');
    const text = ['jobs:', '  - id: v1', '    provider: vertex', '    prompt: a harbour', ''].join('\n');
    const result = await run(
      { manifest: await writeManifest(dir, 'm.yaml', text), outDir, concurrency: 1, dryRun: false, download: true, timeoutSeconds: 30, failOn: 'any', simulate: false, retry: { baseDelayMs: 10, maxDelayMs: 50 } },
      { env, log: (line) => log.push(line), print: (line) => log.push(line) },
    );

    const error = result.report!.jobs[0]?.error;
    expect(error?.code).toBe('PERMISSION_DENIED');
    expect(error?.message).toContain("Permission 'aiplatform.endpoints.predict' denied for token");
    const written = [await readFile(join(outDir, 'report.json'), 'utf8'), await readFile(join(outDir, 'report.md'), 'utf8'), await readFile(join(outDir, 'ledger.jsonl'), 'utf8'), log.join('\n')].join('\n');
    expect(tokens.exchanges).toBe(1);
    expect(written).not.toContain(TOKEN);
  });
});
