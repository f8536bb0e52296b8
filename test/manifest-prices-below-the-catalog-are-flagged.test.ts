/**
 * A manifest's `pricing:` or `models:` block could set any price to 0 and pass --max-cost quietly.
 * A price below the catalog's is shown in the plan beside the catalog's figure and warned once
 * (an annotation in the action), and --max-cost counts the higher of the two unless
 * --trust-manifest-prices is given. Through the real CLI and the action's run().
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulatorBaseUrl } from '../src/simulate.js';
import { runCli, useResources, writeManifest } from './helpers.js';
import { runActionStep } from './action-support.js';

// fal-ai/veo3/fast is $0.15/s in the catalog: 8 s is $1.20 a job, $2.40 for the two.
const jobs = ['jobs:', '  - {id: lake, prompt: A calm lake, provider: fal, model: fal-ai/veo3/fast, seconds: 8}', '  - {id: hill, prompt: A windy hill, provider: fal, model: fal-ai/veo3/fast, seconds: 8}', ''];
const FREE_BY_PRICING = ['pricing:', '  fal-ai/veo3/fast: 0', ...jobs].join('\n');
const CHEAP_BY_MODELS = ['models:', '  fal-ai/veo3/fast: {usd_per_second: 0.01}', ...jobs].join('\n');

describe('a manifest price below the catalog\'s', () => {
  const use = useResources();

  // fal-ai/veo3/fast is deprecated in the catalog: its lifecycle warning is not the one these tests count.
  it('a pricing: block at 0: the plan shows the catalog\'s figure beside each job and the total; one warning', async () => {
    const t = await use.folder();
    const ran = await runCli(['run', await writeManifest(t.dir, 'm.yaml', FREE_BY_PRICING), '--dry-run', '--offline'], {});
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^ {2}lake {2}fal fal-ai\/veo3\/fast 8s {2}\$0\.00 \(manifest price; catalog \$1\.20\)/m);
    expect(ran.stdout).toMatch(/^ {2}hill {2}.*\$0\.00 \(manifest price; catalog \$1\.20\)/m);
    expect(ran.stdout).toMatch(/^estimated cost: \$0\.00 \(\$2\.40 at the catalog's prices\)$/m);
    const warnings = ran.stderr.split('\n').filter((line) => line.startsWith('warning:') && !line.includes('deprecated'));
    expect(warnings).toEqual([expect.stringContaining('fal-ai/veo3/fast (fal): $0.00 by the manifest, $2.40 by the catalog for 2 jobs')]);
  });

  it('a models: entry below the catalog is flagged alike', async () => {
    const t = await use.folder();
    const ran = await runCli(['run', await writeManifest(t.dir, 'm.yaml', CHEAP_BY_MODELS), '--dry-run', '--offline'], {});
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^ {2}lake {2}.*\$0\.08 \(manifest price; catalog \$1\.20\)/m);
    expect(ran.stderr.split('\n').filter((line) => line.startsWith('warning:') && !line.includes('deprecated'))).toHaveLength(1);
  });

  it('--max-cost counts the catalog\'s figure and refuses, sending nothing; --trust-manifest-prices counts the manifest\'s', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', FREE_BY_PRICING);
    const env = { FAL_KEY: 'fal-test', FAL_BASE_URL: simulatorBaseUrl(sim, 'fal') };

    const refused = await runCli(['run', manifest, '--out', join(t.dir, 'a'), '--max-cost', '1'], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/estimated cost \$2\.40 for 2 jobs exceeds --max-cost \$1\.00/);
    expect(sim.stats.requests).toEqual([]);

    const trusted = await runCli(['run', manifest, '--out', join(t.dir, 'b'), '--max-cost', '1', '--trust-manifest-prices', '-q'], env);
    expect(trusted.stderr).not.toMatch(/exceeds --max-cost/);
    expect(trusted.code).toBe(0);
    expect(sim.stats.billedCreates).toBe(2);
  });

  it('in the action the warning is one annotation, and trust-manifest-prices is an input', async () => {
    const t = await use.folder();
    await writeManifest(t.dir, 'm.yaml', FREE_BY_PRICING);
    const ran = await runActionStep(t.dir, { manifest: 'm.yaml', 'dry-run': 'true', offline: 'true' });
    expect(ran.code).toBe(0);
    const annotations = ran.stdout.split('\n').filter((line) => line.startsWith('::warning') && !line.includes('deprecated'));
    expect(annotations).toEqual([expect.stringContaining('$0.00 by the manifest, $2.40 by the catalog for 2 jobs')]);

    const sim = await use.simulator();
    const env = { FAL_BASE_URL: simulatorBaseUrl(sim, 'fal') };
    const refused = await runActionStep(t.dir, { manifest: 'm.yaml', 'api-key': 'fal-test', 'max-cost': '1', 'out-dir': 'a' }, env);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/::error::estimated cost \$2\.40 for 2 jobs exceeds --max-cost \$1\.00/);
    expect(sim.stats.requests).toEqual([]);
    const trusted = await runActionStep(t.dir, { manifest: 'm.yaml', 'api-key': 'fal-test', 'max-cost': '1', 'trust-manifest-prices': 'true', 'out-dir': 'b', timeout: '60' }, env);
    expect(trusted.stdout).not.toMatch(/exceeds/);
    expect(trusted.code).toBe(0);
  });

  it('a price below the vendor\'s own (its Pricing API) is shown beside the vendor\'s figure, which --max-cost counts', async () => {
    const t = await use.folder();
    const manifest = ['pricing:', '  fal-ai/veo3.1: 0.01', 'jobs:', '  - {id: kite, prompt: A kite, provider: fal, model: fal-ai/veo3.1, seconds: 8}', ''].join('\n');
    const ran = await runCli(['run', await writeManifest(t.dir, 'm.yaml', manifest), '--dry-run', '--simulate', '--max-cost', '1'], {});
    expect(ran.code).toBe(0);
    // The simulator's Pricing API serves fal's published $0.40/s for fal-ai/veo3.1 (sound on by default): 8 s is $3.20.
    expect(ran.stdout).toMatch(/^ {2}kite {2}.*\$0\.08 \(manifest price; vendor \$3\.20\)/m);
    expect(ran.stdout).toMatch(/^--max-cost \$1\.00: the real run would be refused: estimated cost \$3\.20/m);
    expect(ran.stderr).toMatch(/\$0\.08 by the manifest, \$3\.20 by the vendor or the catalog/);
  });
});
