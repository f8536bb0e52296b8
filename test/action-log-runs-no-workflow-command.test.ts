/**
 * What the action logs from a manifest or a server never becomes a workflow command: not `::cmd::`
 * at a line's start, not `##[cmd]` anywhere in a line. And `api_key_env` cannot name the runner's
 * own secrets. Runs dist/index.js as the runner does (inputs as INPUT_<NAME>).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startNode, useResources, writeManifest } from './helpers.js';

const ACTION = resolve('dist/index.js');
const KEY = 'sk-action-DO-NOT-PRINT-7731';
const INJECTED = '##[set-output name=video-ids;]pwned ##[add-mask]x ##[group]g';

async function step(dir: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string }> {
  const outputs = join(dir, 'github-output');
  await writeFile(outputs, '');
  const inputEnv = Object.fromEntries(Object.entries({ 'out-dir': 'out', ...inputs }).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const { code, stdout } = await startNode(ACTION, [], { GITHUB_OUTPUT: outputs, ...inputEnv, ...env }, dir).done;
  return { code, stdout };
}

/** No line that the runner would take for a command besides our own `::xxx` lines. */
function expectNoInjectedCommand(stdout: string): void {
  expect(stdout).not.toContain('##[');
  expect(stdout).not.toMatch(/^\s*::warning::injected/m);
}

describe('the action log runs no workflow command from a manifest or a server', () => {
  const use = useResources();
  let server: Server | undefined;
  afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  it('neutralises ##[...] in job ids it logs, and in manifest annotations', async () => {
    const t = await use.folder();
    await writeManifest(t.dir, 'm.yaml', `- {id: "clip ${INJECTED}", prompt: a fox}\n`);
    const ran = await step(t.dir, { manifest: 'm.yaml', simulate: 'true' });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('pwned');
    expectNoInjectedCommand(ran.stdout);

    await writeManifest(t.dir, 'bad.yaml', `- prompt: a fox\n  "${INJECTED}": 1\n`);
    const bad = await step(t.dir, { manifest: 'bad.yaml', simulate: 'true' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^::error title=manifest,file=bad\.yaml,line=2::job 1: unknown field/m);
    expectNoInjectedCommand(bad.stdout);
  });

  it('neutralises what a server answers, in the failure it ends with', async () => {
    server = createServer((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `Incorrect API key ${INJECTED}\n::warning::injected`, type: 'invalid_request_error' } }));
    });
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    const t = await use.folder();
    await writeManifest(t.dir, 'm.yaml', '- prompt: a fox\n');
    const ran = await step(t.dir, { manifest: 'm.yaml', 'api-key': KEY, 'base-url': `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/^::error::.*refused the key in OPENAI_API_KEY.*pwned/m);
    expectNoInjectedCommand(ran.stdout);
  });

  it.each(['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'GITHUB_TOKEN', 'RUNNER_TEMP'])(
    'refuses api_key_env: %s as a manifest error on its line, and sends nothing',
    async (name) => {
      let requests = 0;
      server = createServer((_req, res) => {
        requests++;
        res.writeHead(500).end();
      });
      await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
      const t = await use.folder();
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
      await writeManifest(t.dir, 'm.yaml', `- prompt: a fox\n  base_url: ${url}\n  api_key_env: ${name}\n`);
      const ran = await step(t.dir, { manifest: 'm.yaml', 'api-key': KEY }, { [name]: 'runner-secret-value-0123456789' });
      expect(ran.code).toBe(1);
      expect(ran.stdout).toMatch(/^::error title=manifest field "api_key_env",file=m\.yaml,line=3::job 1: names one of the runner's own variables/m);
      expect(ran.stdout).not.toContain('runner-secret-value');
      expect(requests).toBe(0);
    },
  );

  it('refuses a base-url input with user:password@ up front, never printing it', async () => {
    const t = await use.folder();
    await writeManifest(t.dir, 'm.yaml', '- prompt: a fox\n');
    const ran = await step(t.dir, { manifest: 'm.yaml', 'api-key': KEY, 'base-url': 'https://me:hunter2-pass@api.example.com/v1' });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/^::error::input base-url must not contain a user name or password/m);
    expect(ran.stdout).not.toContain('hunter2');
  });
});
