import { describe, expect, it } from 'vitest';
import type { JobSpec } from '../src/manifest/index.js';
import { parsing } from './manifest-support.js';
import type { ProviderName } from '../src/types.js';

const builtInModels: Record<ProviderName, string> = {
  openai: 'builtin-openai-model',
  'openai-generations': 'builtin-generations-model',
  veo: 'builtin-veo-model',
  seedance: 'builtin-seedance-model',
  fal: 'builtin-fal-model',
  vertex: 'builtin-vertex-model',
  replicate: 'builtin-replicate-model',
  gemini: 'builtin-gemini-model',
  xai: 'builtin-xai-model',
  openrouter: 'builtin-openrouter-model',
};

const { jobsOf } = parsing({ file: 'm.yaml', manifestDir: '/m', defaultModel: (provider) => builtInModels[provider] });

const manifest = [
  'defaults:',
  '  provider: veo',
  '  model: defaults-model',
  '  seconds: 8',
  'jobs:',
  '  - id: own',
  '    prompt: a',
  '    provider: seedance',
  '    model: job-model',
  '    seconds: 4',
  '  - id: from-defaults',
  '    prompt: b',
].join('\n');

const settings = (jobs: readonly JobSpec[]) => jobs.map((job) => [job.id, job.provider, job.model, job.seconds]);

describe('precedence: job field > overrides (--provider/--model) > manifest defaults > built-ins', () => {
  it('a job field beats overrides and defaults', () => {
    const jobs = jobsOf(manifest, { overrides: { provider: 'openai', model: 'cli-model' } });
    expect(settings(jobs)[0]).toEqual(['own', 'seedance', 'job-model', 4]);
  });

  it('overrides beat defaults, so a flag can point an example elsewhere', () => {
    const jobs = jobsOf(manifest, { overrides: { provider: 'openai', model: 'cli-model' } });
    expect(settings(jobs)[1]).toEqual(['from-defaults', 'openai', 'cli-model', 8]);
  });

  it('defaults fill in what no override names', () => {
    expect(settings(jobsOf(manifest))[1]).toEqual(['from-defaults', 'veo', 'defaults-model', 8]);
    expect(settings(jobsOf(manifest, { overrides: { model: 'cli-model' } }))[1]).toEqual(['from-defaults', 'veo', 'cli-model', 8]);
  });

  it('a model goes with the provider written beside it: an overridden provider drops the model of defaults', () => {
    const jobs = jobsOf(manifest, { overrides: { provider: 'seedance' } });
    expect(settings(jobs)[1]).toEqual(['from-defaults', 'seedance', 'builtin-seedance-model', 8]);
    // The same provider as defaults keeps its model.
    expect(settings(jobsOf(manifest, { overrides: { provider: 'veo' } }))[1]).toEqual(['from-defaults', 'veo', 'defaults-model', 8]);
  });

  it('overrides fill in where the manifest is silent', () => {
    const jobs = jobsOf('- prompt: a\n', { overrides: { provider: 'seedance', model: 'cli-model' } });
    expect(settings(jobs)[0]?.slice(1)).toEqual(['seedance', 'cli-model', undefined]);
  });

  it('an overridden provider picks that provider\'s built-in model', () => {
    const jobs = jobsOf('- prompt: a\n', { overrides: { provider: 'veo' } });
    expect([jobs[0]?.provider, jobs[0]?.model]).toEqual(['veo', 'builtin-veo-model']);
  });

  it('built-ins apply last: defaultProvider, then openai', () => {
    expect(jobsOf('- prompt: a\n', { defaultProvider: 'seedance' }).map((job) => [job.provider, job.model])).toEqual([
      ['seedance', 'builtin-seedance-model'],
    ]);
    expect(jobsOf('- prompt: a\n').map((job) => [job.provider, job.model])).toEqual([['openai', 'builtin-openai-model']]);
  });

  it('the model built-in follows the job\'s own provider', () => {
    const jobs = jobsOf('- prompt: a\n  provider: veo\n', { overrides: { provider: 'seedance' } });
    expect([jobs[0]?.provider, jobs[0]?.model]).toEqual(['veo', 'builtin-veo-model']);
  });
});
