import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../src/manifest/index.js';
import { checkJob, lifecycleOf, PROVIDER_TRAITS } from '../src/providers/catalog.js';

const examples = join(import.meta.dirname, '..', 'examples');
const options = { defaultModel: (provider: keyof typeof PROVIDER_TRAITS) => PROVIDER_TRAITS[provider].defaultModel, checkJob };

describe('the shipped examples', () => {
  it('examples/manifest.yaml reads cleanly, with an image reference and a remix of another job', async () => {
    const manifest = await readManifest(join(examples, 'manifest.yaml'), options);
    expect(manifest.jobs.length).toBeGreaterThanOrEqual(4);
    expect(manifest.jobs.find((job) => job.inputReference !== undefined)?.inputReference).toBe(join(examples, 'images', 'product.png'));
    const remix = manifest.jobs.find((job) => job.remixOf !== undefined)?.remixOf;
    expect(remix?.kind).toBe('job');
    expect(manifest.jobs.map((job) => job.id)).toContain(remix?.kind === 'job' ? remix.jobId : undefined);
    expect(manifest.jobs.every((job) => job.model === 'seedance-1-0-pro-250528' && job.seconds !== undefined && job.size !== undefined)).toBe(true);
  });

  it('examples/manifest.csv reads cleanly, multi-line and quoted prompts included', async () => {
    const manifest = await readManifest(join(examples, 'manifest.csv'), options);
    expect(manifest.jobs).toHaveLength(4);
    expect(manifest.jobs.some((job) => job.prompt.includes('\n'))).toBe(true);
    expect(manifest.jobs.some((job) => job.prompt.includes('"') && job.prompt.includes(','))).toBe(true);
    expect(manifest.jobs.map((job) => job.source.row)).toEqual([1, 2, 3, 4]);
  });

  it.each(['manifest.yaml', 'manifest.csv', 'mixed-providers.yaml', 'google-omni.yaml'])('%s uses only models the catalog lists as live', async (file) => {
    const manifest = await readManifest(join(examples, file), options);
    for (const job of manifest.jobs) {
      const lifecycle = lifecycleOf(job.provider, job.model);
      expect(lifecycle, `${job.id}: ${job.model}`).toBeDefined();
      expect([`${job.id}: ${lifecycle?.status}`]).toEqual([expect.stringMatching(/: (ga|preview)$/)]);
    }
  });
});
