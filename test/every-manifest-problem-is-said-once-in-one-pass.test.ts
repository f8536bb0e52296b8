import { describe, expect, it } from 'vitest';
import { runCli, useResources, writeManifest } from './helpers.js';

/** Messages a new user meets: one line per problem, every problem in the first run, a matrix's naming its variant. */
describe('the problems of a manifest, as the CLI says them', () => {
  const use = useResources();

  it('"not a fal endpoint id" is said once', async () => {
    const t = await use.folder();
    await writeManifest(t.dir, 'm.yaml', '- {id: fox, prompt: a fox, provider: fal, model: notanendpoint}\n');
    const ran = await runCli(['run', 'm.yaml', '--dry-run'], {}, t.dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr.trim().split('\n')).toEqual([
      'm.yaml:1: job 1, field "model": "notanendpoint" is not a fal endpoint id; name one as owner/app[/path], e.g. fal-ai/veo3.1/fast (see fal.ai/models)',
    ]);
  });

  it('a field error, a retired model, a provider\'s refusal and missing keys come out together, in one run', async () => {
    const t = await use.folder();
    await writeManifest(
      t.dir,
      'm.yaml',
      [
        'jobs:',
        '  - id: fox', //              2
        '    prompt: a fox',
        '    provider: fal',
        '    model: notanendpoint', //   5
        '    seconds: abc', //           6
        '  - id: old', //               7
        '    prompt: an old one',
        '    model: sora-2', //          9
        '  - {id: ok, prompt: fine, provider: replicate}',
        '',
      ].join('\n'),
    );
    const ran = await runCli(['run', 'm.yaml', '--out', 'out'], {}, t.dir);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr.trim().split('\n')).toEqual([
      'm.yaml:5: job 1, field "model": "notanendpoint" is not a fal endpoint id; name one as owner/app[/path], e.g. fal-ai/veo3.1/fast (see fal.ai/models)',
      'm.yaml:6: job 1, field "seconds": must be a positive whole number, e.g. 8 (got "abc")',
      expect.stringMatching(/^m\.yaml:9: job 2, field "model": sora-2 was retired by its vendor on 2026-09-24; move to /),
      'm.yaml: FAL_KEY, OPENAI_API_KEY, REPLICATE_API_TOKEN are not set: export the API keys (or use --simulate to try the pipeline without one)',
    ]);
  });

  it('a matrix mistake is said once, naming the variant it spoils', async () => {
    const t = await use.folder();
    await writeManifest(
      t.dir,
      'm.yaml',
      'matrix:\n  seconds: [4, abc]\n  model: [seedance-1-0-pro-250528, sora-2]\n  variants:\n    fast: {provider: openai, size: huge}\n    slow: {}\njobs:\n  - {id: fox, prompt: a fox}\n  - {id: cat, prompt: a cat}\n',
    );
    const ran = await runCli(['run', 'm.yaml', '--dry-run'], {}, t.dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr.trim().split('\n')).toEqual([
      'm.yaml:2: field "matrix.seconds": variant "fast-abcs-seedance-1-0-pro-250528" (and 3 more with this value): must be a positive whole number, e.g. 8 (got "abc")',
      expect.stringMatching(/^m\.yaml:3: field "matrix\.model": variant "slow-4s-sora-2": sora-2 was retired by its vendor/),
      'm.yaml:5: field "matrix.size": variant "fast": must be WIDTHxHEIGHT in pixels, e.g. 1280x720 (got "huge")',
    ]);
  });
});
