import { describe, expect, it } from 'vitest';
import { estimateJob } from '../src/cost/prices.js';
import { formatIssue, parseManifest, type Manifest, type ParseOptions } from '../src/manifest/index.js';
import { checkJob, PROVIDER_TRAITS } from '../src/providers/catalog.js';
import { runCli, useResources, writeManifest } from './helpers.js';
import { parsing } from './manifest-support.js';

const options: ParseOptions = { file: 'm.yaml', manifestDir: '/m', defaultModel: (p) => PROVIDER_TRAITS[p].defaultModel, checkJob };
const { issuesOf } = parsing(options);

function manifestOf(text: string): Manifest {
  const result = parseManifest(text, options);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.manifest;
}

describe("a manifest's models: block", () => {
  const use = useResources();

  it('reports every bad entry at its file:line, like pricing:', () => {
    const issues = issuesOf(
      'models:\n  kling-v2:\n    status: gone\n    secnds: [5]\n    sizes: 1280x720\n  wan-2: fast\njobs:\n  - {prompt: a}\n',
    ).map(formatIssue);
    expect(issues).toEqual([
      'm.yaml:3: field "models": models: "kling-v2": "status" must be one of preview, ga, deprecated, retired',
      'm.yaml:4: field "models": models: "kling-v2": unknown field "secnds"; did you mean "seconds"?',
      'm.yaml:5: field "models": models: "kling-v2": "sizes" must be a list of WIDTHxHEIGHT sizes, e.g. [1280x720, 720x1280]',
      'm.yaml:6: field "models": models: "wan-2" must be a mapping of catalog fields, e.g. "{status: ga}" (fields: provider, status, shutdown, replacement, seconds, sizes, image_input, requires_image, remix, usd_per_second, default_seconds, note)',
    ]);
  });

  it("adds a gateway's model with its own limits, checked at the job's line, and its price", () => {
    const yaml = 'models:\n  kling-v2: {seconds: [5, 10], sizes: [1280x720], usd_per_second: 0.07, default_seconds: 5}\njobs:\n  - {prompt: a, model: kling-v2}\n  - prompt: b\n    model: kling-v2\n    seconds: 6\n';
    expect(issuesOf(yaml).map(formatIssue)).toEqual(['m.yaml:7: job 2, field "seconds": kling-v2 accepts 5, 10 (got 6)']);
    const manifest = manifestOf(yaml.replace('seconds: 6', 'seconds: 10'));
    expect(manifest.jobs.map((job) => estimateJob(job, manifest.pricing, manifest.models).usd)).toEqual([0.35, 0.7]);
  });

  it("overrides a catalog row's limits for one provider only", () => {
    const yaml = 'models:\n  seedance-1-0-pro-250528: {provider: seedance, seconds: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]}\njobs:\n  - {prompt: a, provider: seedance, seconds: 15}\n  - {prompt: b, provider: seedance, model: seedance-1-5-pro-251215, seconds: 15}\n';
    expect(issuesOf(yaml).map(formatIssue)).toEqual(['m.yaml:5: job 2, field "seconds": seedance-1-5-pro-251215 accepts 4 to 12 (got 15)']);
  });

  it('a dry run prices a model from the models: block', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', 'models:\n  kling-v2: {usd_per_second: {1280x720: 0.07, default: 0.05}}\njobs:\n  - {id: k, prompt: a, model: kling-v2, seconds: 10, size: 1280x720}\n');
    const ran = await runCli(['run', manifest, '--dry-run', '--base-url', 'https://gateway.example/v1'], {});
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/k .*kling-v2 10s 1280x720 +\$0\.70/);
  });
});
