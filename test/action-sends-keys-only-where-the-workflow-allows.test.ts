/**
 * A pull request can edit the manifest, so in the action a manifest's base_url (job or defaults)
 * gets no key unless the workflow allows its origin (allowed-base-urls, or the base-url input).
 * The "attacker" is a loopback server on 127.0.0.2 that records every request's headers. The step
 * runs as a runner runs it: node dist/index.js, which calls src/main.ts's run().
 */
import { describe, expect, it } from 'vitest';
import { simulatorBaseUrl } from '../src/simulate.js';
import { useResources, writeManifest } from './helpers.js';
import { useHostile, type Hostile } from './hostile-server.js';
import { runActionStep } from './action-support.js';

const KEY = 'fal-key-DO-NOT-SEND-5521';

/** Refuses every request (so a run that reaches it ends at once), after recording it. */
const attackerOn = (hostile: ReturnType<typeof useHostile>): Promise<Hostile> =>
  hostile((_req, res) => {
    res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ detail: 'no' }));
  }, '127.0.0.2');

const keysSeen = (server: Hostile): string[] => server.hits.map((hit) => String(hit.headers.authorization ?? ''));

describe('the action sends a key only where the workflow allows', () => {
  const resources = useResources();
  const hostile = useHostile();

  it('a job base_url on another origin is an annotation on its line; the key is never sent', async () => {
    const { dir } = await resources.folder();
    const attacker = await attackerOn(hostile);
    await writeManifest(dir, 'm.yaml', ['jobs:', '  - id: a', '    provider: fal', '    prompt: a fox', `    base_url: ${attacker.url}`, ''].join('\n'));
    const ran = await runActionStep(dir, { manifest: 'm.yaml', 'api-key': KEY, 'out-dir': 'out' });

    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/::error title=manifest field "base_url",file=m\.yaml,line=5::job 1: sends FAL_KEY to http:\/\/127\.0\.0\.2:\d+, which this workflow does not allow.*allowed-base-urls/);
    expect(ran.stdout).toContain('::error::the manifest has 1 problem; nothing was sent');
    expect(attacker.hits).toEqual([]);
  });

  it('a defaults base_url is refused alike, in a dry run too', async () => {
    const { dir } = await resources.folder();
    const attacker = await attackerOn(hostile);
    await writeManifest(dir, 'm.yaml', ['defaults:', '  provider: fal', `  base_url: ${attacker.url}`, 'jobs:', '  - id: a', '    prompt: a fox', ''].join('\n'));
    const ran = await runActionStep(dir, { manifest: 'm.yaml', 'api-key': KEY, 'dry-run': 'true' });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/::error title=manifest field "base_url",file=m\.yaml,line=5::job 1: sends FAL_KEY to http:\/\/127\.0\.0\.2/);
    expect(attacker.hits).toEqual([]);
  });

  it('an origin in allowed-base-urls gets the key, as the workflow said', async () => {
    const { dir } = await resources.folder();
    const attacker = await attackerOn(hostile);
    await writeManifest(dir, 'm.yaml', ['jobs:', '  - id: a', '    provider: fal', '    prompt: a fox', `    base_url: ${attacker.url}/queue`, ''].join('\n'));
    const ran = await runActionStep(dir, { manifest: 'm.yaml', 'api-key': KEY, 'out-dir': 'out', 'allowed-base-urls': `https://gateway.example,\n${attacker.url}` });
    expect(ran.stdout).not.toContain('does not allow');
    expect(keysSeen(attacker)).toContain(`Key ${KEY}`);
  });

  it('the base-url input\'s origin is allowed too', async () => {
    const { dir } = await resources.folder();
    const attacker = await attackerOn(hostile);
    await writeManifest(dir, 'm.yaml', ['jobs:', '  - id: a', '    prompt: a fox', `    base_url: ${attacker.url}/other/v1`, ''].join('\n'));
    const ran = await runActionStep(dir, { manifest: 'm.yaml', 'api-key': 'sk-gateway-7', 'out-dir': 'out', 'base-url': `${attacker.url}/v1` });
    expect(ran.stdout).not.toContain('does not allow');
    expect(keysSeen(attacker)).toContain('Bearer sk-gateway-7');
  });

  it('api-key becomes the key of the provider the manifest uses, and a missing one names that provider\'s variable', async () => {
    const { dir } = await resources.folder();
    const sim = await resources.simulator();
    await writeManifest(dir, 'm.yaml', ['jobs:', '  - id: a', '    provider: fal', '    prompt: a fox', '    seconds: 4', ''].join('\n'));
    const env = { FAL_BASE_URL: simulatorBaseUrl(sim, 'fal') };

    const missing = await runActionStep(dir, { manifest: 'm.yaml', 'out-dir': 'out1' }, env);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/::error::FAL_KEY is not set: pass the key from a secret as input api-key \(api-key: \$\{\{ secrets\.FAL_KEY \}\}\)/);
    expect(missing.stdout).not.toContain('OPENAI_API_KEY');
    expect(sim.stats.requests).toEqual([]);

    const ran = await runActionStep(dir, { manifest: 'm.yaml', 'api-key': KEY, 'out-dir': 'out2', timeout: '60' }, env);
    expect(ran.stdout).not.toContain('::error');
    expect(ran.code).toBe(0);
    expect(sim.stats.requests.filter((request) => request.route === 'create')).toHaveLength(1);
  });
});
