/**
 * The image fields of a job: `first_frame` with `input_reference` as its older name, `last_frame`
 * and `reference_images`; `null` on a job cancels the one in defaults; an existing
 * `input_reference` job keeps the id and ledger fingerprint it had, so a resume never pays again,
 * while the new fields change them only when set.
 */
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../src/manifest/parse.js';
import { jobFingerprint } from '../src/runner/ledger.js';
import type { JobSpec } from '../src/types.js';

function jobs(text: string): readonly JobSpec[] {
  const result = parseManifest(text, { file: 'm.yaml', manifestDir: '/data/shots', defaultModel: () => 'veo-3.1-generate-001' });
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.line}: ${issue.field ?? ''} ${issue.message}`).join('\n'));
  return result.manifest.jobs;
}

function issues(text: string): string[] {
  const result = parseManifest(text, { file: 'm.yaml', manifestDir: '/data/shots', defaultModel: () => 'veo-3.1-generate-001' });
  return result.ok ? [] : result.issues.map((issue) => `${issue.line}: ${issue.field ?? ''}: ${issue.message}`);
}

const DEFAULTS = 'defaults: {provider: veo, model: veo-3.1-generate-001}\n';

describe('frame fields', () => {
  it('keeps the id and ledger fingerprint an input_reference job had before first_frame existed', () => {
    const [job] = jobs(`${DEFAULTS}jobs:\n  - {prompt: "A fox at dawn", seconds: 8, input_reference: img/a.png}\n`);
    // Written by video-batch before this change for the same job.
    expect(job?.id).toBe('a-fox-at-dawn-4703eb');
    expect(jobFingerprint(job!)).toBe('ed99dcec00fa24d11d21e9f39ba9a5bc');
  });

  it('first_frame is the same job as input_reference', () => {
    const [old] = jobs(`${DEFAULTS}jobs:\n  - {prompt: "A fox at dawn", seconds: 8, input_reference: img/a.png}\n`);
    const [now] = jobs(`${DEFAULTS}jobs:\n  - {prompt: "A fox at dawn", seconds: 8, first_frame: img/a.png}\n`);
    expect(now?.inputReference).toBe('/data/shots/img/a.png');
    expect(now?.id).toBe(old?.id);
    expect(jobFingerprint(now!)).toBe(jobFingerprint(old!));
  });

  it('a last frame or reference images make another job (id and fingerprint)', () => {
    const [plain, last, refs] = jobs(
      `${DEFAULTS}jobs:\n` +
        '  - {prompt: "A fox at dawn", first_frame: a.png}\n' +
        '  - {prompt: "A fox at dawn", first_frame: a.png, last_frame: b.png}\n' +
        '  - {prompt: "A fox at dawn", reference_images: [c.png, d.png]}\n',
    );
    expect(last?.lastFrame).toBe('/data/shots/b.png');
    expect(refs?.referenceImages).toEqual(['/data/shots/c.png', '/data/shots/d.png']);
    expect(new Set([plain?.id, last?.id, refs?.id]).size).toBe(3);
    expect(new Set([plain, last, refs].map((job) => jobFingerprint(job!))).size).toBe(3);
  });

  it('input_reference: null on a job cancels the one in defaults', () => {
    const [kept, cancelled] = jobs(
      'defaults: {provider: veo, model: veo-3.1-generate-001, input_reference: a.png}\n' +
        'jobs:\n' +
        '  - {id: kept, prompt: "A fox"}\n' +
        '  - id: cancelled\n' +
        '    prompt: "A fox"\n' +
        '    input_reference: null\n',
    );
    expect(kept?.inputReference).toBe('/data/shots/a.png');
    expect(cancelled?.inputReference).toBeUndefined();
  });

  it('input_reference: null on a job cancels the one in defaults, as do first_frame: null, last_frame: null and reference_images: []', () => {
    const [kept, cancelled, newName, lastCancelled, refsCancelled, refsNull] = jobs(
      'defaults: {provider: veo, model: veo-3.1-generate-001, input_reference: a.png, last_frame: b.png, reference_images: [c.png]}\n' +
        'jobs:\n' +
        '  - {id: kept, prompt: "A fox"}\n' +
        '  - {id: cancelled, prompt: "A fox", input_reference: null}\n' +
        '  - {id: new-name, prompt: "A fox", first_frame: null}\n' +
        '  - {id: last, prompt: "A fox", last_frame: null}\n' +
        '  - {id: refs, prompt: "A fox", reference_images: []}\n' +
        '  - {id: refs-null, prompt: "A fox", reference_images: null}\n',
    );
    expect(kept).toMatchObject({ inputReference: '/data/shots/a.png', lastFrame: '/data/shots/b.png', referenceImages: ['/data/shots/c.png'] });
    expect(cancelled?.inputReference).toBeUndefined();
    expect(newName?.inputReference).toBeUndefined();
    expect(lastCancelled?.lastFrame).toBeUndefined();
    expect(lastCancelled?.inputReference).toBe('/data/shots/a.png');
    expect(refsCancelled?.referenceImages).toBeUndefined();
    expect(refsNull?.referenceImages).toBeUndefined();
  });

  it('reads reference_images from a CSV cell as one path or a flow list, and names matrix variants of first_frame by the file', () => {
    const csv = parseManifest('id,prompt,reference_images\none,A fox,a.png\ntwo,A fox,"[b.png, c.png]"\n', {
      file: 'm.csv', manifestDir: '/data/shots', defaultProvider: 'veo', defaultModel: () => 'veo-3.1-generate-001',
    });
    if (!csv.ok) throw new Error(JSON.stringify(csv.issues));
    expect(csv.manifest.jobs.map((job) => job.referenceImages)).toEqual([['/data/shots/a.png'], ['/data/shots/b.png', '/data/shots/c.png']]);
    const matrix = jobs(`${DEFAULTS}matrix:\n  first_frame: [shots/dawn.png, shots/night.png]\njobs:\n  - {id: harbour, prompt: "A harbour"}\n`);
    expect(matrix.map((job) => [job.id, job.inputReference])).toEqual([
      ['harbour@dawn', '/data/shots/shots/dawn.png'],
      ['harbour@night', '/data/shots/shots/night.png'],
    ]);
  });

  it('refuses both names of the first frame on one job, and a reference list item that is not an image', () => {
    expect(issues(`${DEFAULTS}jobs:\n  - prompt: "A fox"\n    first_frame: a.png\n    input_reference: b.png\n`)).toEqual([
      '5: input_reference: input_reference is the older name of first_frame; set only one of them',
    ]);
    expect(issues(`${DEFAULTS}jobs:\n  - {prompt: "A fox", reference_images: [a.png, notes.txt]}\n`)).toEqual([
      expect.stringMatching(/^3: reference_images: item 2 must be an image file/),
    ]);
  });
});

describe('input images are checked again before upload', () => {
  it('refuses a last frame or reference image that now leads outside the allowed folders, naming its field', async () => {
    const { mkdtemp, symlink, writeFile, realpath } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readJobImages } = await import('../src/providers/job-images.js');
    const root = await realpath(await mkdtemp(join(tmpdir(), 'frames-')));
    const outside = await realpath(await mkdtemp(join(tmpdir(), 'outside-')));
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await writeFile(join(root, 'a.png'), png);
    await writeFile(join(outside, 'secret.png'), png);
    await symlink(join(outside, 'secret.png'), join(root, 'b.png'));
    const base = { id: 'j', prompt: 'p', provider: 'veo', model: 'veo-3.1-generate-001', source: { file: 'm.yaml', line: 1 }, inputRoots: [root] } as const;
    await expect(readJobImages({ ...base, inputReference: join(root, 'a.png'), lastFrame: join(root, 'b.png') })).rejects.toThrow(/^last_frame: .*b\.png leads outside the manifest's folder/);
    await expect(readJobImages({ ...base, referenceImages: [join(root, 'a.png'), join(root, 'b.png')] })).rejects.toThrow(/^reference_images: .*b\.png leads outside/);
    const ok = await readJobImages({ ...base, inputReference: join(root, 'a.png'), referenceImages: [join(root, 'a.png')] });
    expect(ok.first?.bytes).toEqual(png);
    expect(ok.references.map((image) => image.mimeType)).toEqual(['image/png']);
  });
});
