import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { caught, runAgainst, runCli, useResources, writeManifest } from './helpers.js';

const RIGHT = 'sk-right-key-0123456789';
const WRONG = 'sk-wrong-key-9876543210';

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a wrong key or base URL fails the run before the first create, once, not per job', () => {
  const use = useResources();

  it.each([
    ['openai', '', 'OPENAI_API_KEY'],
    ['veo', 'provider: veo, ', 'GEMINI_API_KEY'],
    ['seedance', 'provider: seedance, model: seedance-1-0-pro-250528, ', 'ARK_API_KEY'],
  ])('%s: a refused key is a config error naming the variable, after one request', async (_name, fields, keyEnv) => {
    const sim = await use.simulator({ apiKey: RIGHT });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', `- {${fields}prompt: a fox}\n- {${fields}prompt: a car}\n- {${fields}prompt: a cat}\n`);
    const origin = new URL(sim.url).origin;
    const env = { [keyEnv]: WRONG, GEMINI_BASE_URL: `${origin}/v1beta`, ARK_BASE_URL: `${origin}/api/v3` };
    const error = await caught(runAgainst(sim, { manifest, outDir: join(t.dir, 'out') }, { env }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`refused the key in ${keyEnv} \\(HTTP 401: .*\\); check the key; nothing was sent`));
    expect((error as Error).message).not.toContain(WRONG);
    expect(sim.stats.requests.map((r) => r.route)).toEqual(['list']);
  });

  it('an unreachable host is a config error with the real cause', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- prompt: a fox\n- prompt: a car\n');
    const url = `http://127.0.0.1:${await closedPort()}/v1`;
    const error = await caught(runAgainst(sim, { manifest, outDir: join(t.dir, 'out'), baseUrl: url }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/ECONNREFUSED|refused/);
    expect((error as Error).message).toMatch(/check the base URL .* nothing was sent/);
  });

  it('a 404 from a base URL without its version segment hints at /v1', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- prompt: a fox\n');
    const error = await caught(runAgainst(sim, { manifest, outDir: join(t.dir, 'out'), baseUrl: new URL(sim.url).origin }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/answered 404 to a list request: does the base URL end with its version segment, e\.g\. \/v1\?/);
    expect(sim.stats.billedCreates).toBe(0);
  });

  it('a 5xx or 429 on the check is only a warning: the run goes on', async () => {
    const sim = await use.simulator({ faults: [{ route: 'list', kind: 'server_error', times: 1 }] });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- prompt: a fox\n');
    const result = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out') });
    expect(result.exitCode).toBe(0);
    expect(result.log.some((line) => /^warning: the check of .* failed \(.*\); going on$/.test(line))).toBe(true);
    expect(sim.stats.billedCreates).toBe(1);
  });

  it('a gateway without the list (404 under /v1) is not refused', async () => {
    const sim = await use.simulator({ supportsList: false });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- prompt: a fox\n');
    const result = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out') });
    expect(result.exitCode).toBe(0);
  });

  it('the CLI exits 2 with one line, and no job is created', async () => {
    const sim = await use.simulator({ apiKey: RIGHT });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- prompt: a fox\n- prompt: a car\n');
    const result = await runCli(['run', manifest, '--out', join(t.dir, 'out'), '--base-url', sim.url], { OPENAI_API_KEY: WRONG });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/refused the key in OPENAI_API_KEY/);
    expect(sim.stats.requests.filter((r) => r.route === 'create')).toHaveLength(0);
  });
});
