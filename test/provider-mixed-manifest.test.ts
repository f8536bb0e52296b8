import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_NAMES } from '../src/providers/list.js';
import type { ReportJob } from '../src/report/report.js';
import { runFast, useResources } from './helpers.js';
import { expectVideosExact, runManifest } from './provider-support.js';

describe('four providers in one batch', () => {
  const use = useResources();

  it('runs openai, openai-generations, veo and seedance jobs to one report, each with its provider and raw status', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const prompts: Record<string, string> = {
      sora: 'A lighthouse in a storm, seen from the sea',
      gen: 'A lighthouse in a storm, seen from the cliff',
      veo: 'A lighthouse in a storm, seen from above',
      ark: 'A lighthouse in a storm, seen from the beach',
    };
    const yaml = `defaults: {seconds: 4}
jobs:
  - {id: sora, provider: openai, model: seedance-1-0-pro-250528, size: 1280x720, prompt: "${prompts.sora}"}
  - {id: gen, provider: openai-generations, model: seedance-1-0-pro-250528, prompt: "${prompts.gen}"}
  - {id: veo, provider: veo, model: veo-3.1-generate-001, size: 1280x720, prompt: "${prompts.veo}"}
  - {id: ark, provider: seedance, model: seedance-1-5-pro-251215, size: 1280x720, prompt: "${prompts.ark}"}
`;
    const { result, report, outDir } = await runManifest(sim, t.dir, yaml, 4);
    expect(result.exitCode).toBe(0);
    expect(report.summary).toMatchObject({ total: 4, completed: 4, failed: 0 });
    const byId = new Map(report.jobs.map((j) => [j.id, j]));
    expect(byId.get('sora')).toMatchObject({ provider: 'openai', rawStatus: 'completed' });
    expect(byId.get('gen')).toMatchObject({ provider: 'openai-generations', rawStatus: 'completed' });
    expect(byId.get('veo')).toMatchObject({ provider: 'veo', rawStatus: 'done' });
    expect(byId.get('ark')).toMatchObject({ provider: 'seedance', rawStatus: 'succeeded' });
    await expectVideosExact(sim, outDir, report.jobs, (id) => prompts[id]!);
    const createPaths = sim.stats.requests.filter((r) => r.route === 'create').map((r) => r.path);
    expect(createPaths.sort()).toEqual(
      ['/api/v3/contents/generations/tasks', '/v1/videos', '/v1/videos/generations', '/v1beta/models/veo-3.1-generate-001:predictLongRunning'].sort(),
    );
    expect(sim.stats.billedCreates).toBe(4);
  });

  it('runs examples/mixed-providers.yaml on the built-in simulator, every provider in one run', async () => {
    const t = await use.folder();
    const outDir = join(t.dir, 'out');
    // --simulate gives each provider its own base URL on the simulator (veo and gemini share GEMINI_BASE_URL for real).
    const result = await runFast({ manifest: resolve('examples/mixed-providers.yaml'), outDir, concurrency: 6, simulate: true, poll: { minIntervalMs: 20, maxIntervalMs: 100 } }, {});
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as { jobs: ReportJob[] };
    expect(new Set(report.jobs.map((j) => j.provider))).toEqual(new Set(PROVIDER_NAMES));
    expect(report.jobs.every((j) => j.status === 'completed')).toBe(true);
    // The image-to-video job sent its first frame, and it is named in the report.
    expect(report.jobs.find((j) => j.id === 'bottle-seedance-i2v')?.inputReference).toMatch(/product\.png$/);
  });
});
