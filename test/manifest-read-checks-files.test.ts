import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManifestError, readManifest, type ManifestIssue, type ReadOptions } from '../src/manifest/index.js';

const options: ReadOptions = { defaultModel: () => 'sora-2' };
const fixtures = join(import.meta.dirname, 'fixtures', 'manifests');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'video-batch-manifest-'));
  await mkdir(join(dir, 'images'));
  await writeFile(join(dir, 'images', 'product.png'), PNG_SIGNATURE);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function issuesOf(path: string, readOptions: ReadOptions = options): Promise<readonly ManifestIssue[]> {
  try {
    await readManifest(path, readOptions);
  } catch (error) {
    if (error instanceof ManifestError) return error.issues;
    throw error;
  }
  throw new Error('expected a ManifestError');
}

describe('readManifest', () => {
  it('reads a manifest and resolves input_reference against its directory', async () => {
    const path = join(dir, 'jobs.yaml');
    await writeFile(path, '- id: hero\n  prompt: a bottle\n  input_reference: images/product.png\n');
    const manifest = await readManifest(path, options);
    expect(manifest).toEqual({
      file: path,
      jobs: [expect.objectContaining({ id: 'hero', inputReference: join(dir, 'images', 'product.png'), source: { file: path, line: 1 } })],
    });
  });

  it('shows the path it was given as file, or options.file when set', async () => {
    const path = join(dir, 'jobs.yaml');
    await writeFile(path, '- prompt: a\n  seconds: x\n');
    const issues = await issuesOf(path, { ...options, file: 'jobs.yaml' });
    expect(issues.map((issue) => issue.file)).toEqual(['jobs.yaml']);
  });

  it('reports an input_reference that does not exist at the line of the field', async () => {
    const path = join(dir, 'jobs.yaml');
    await writeFile(path, '- prompt: a\n- prompt: b\n  input_reference: images/nope.png\n');
    expect(await issuesOf(path)).toEqual([
      { file: path, line: 3, job: 2, field: 'input_reference', message: expect.stringContaining(`no file at ${join(dir, 'images', 'nope.png')}`) },
    ]);
  });

  it('reports an input_reference that is not an image', async () => {
    const path = join(dir, 'jobs.yaml');
    await writeFile(join(dir, 'notes.txt'), 'not an image');
    await writeFile(path, '- prompt: a\n  input_reference: notes.txt\n');
    expect(await issuesOf(path)).toEqual([
      { file: path, line: 2, job: 1, field: 'input_reference', message: expect.stringMatching(/must be an image file/) },
    ]);
  });

  it('reports an input_reference that is a directory', async () => {
    const path = join(dir, 'jobs.yaml');
    await mkdir(join(dir, 'folder.png'));
    await writeFile(path, '- prompt: a\n  input_reference: folder.png\n');
    expect(await issuesOf(path)).toEqual([
      { file: path, line: 2, job: 1, field: 'input_reference', message: expect.stringMatching(/is not a regular file/) },
    ]);
  });

  it('reports a missing input_reference from defaults once, at the defaults line', async () => {
    const path = join(dir, 'jobs.yaml');
    await writeFile(path, 'defaults:\n  input_reference: gone.png\njobs:\n  - prompt: a\n  - prompt: b\n');
    expect(await issuesOf(path)).toEqual([{ file: path, line: 2, field: 'input_reference', message: expect.stringMatching(/no file at/) }]);
  });

  it('collects every issue, file checks included, in line order', async () => {
    const path = join(dir, 'three-errors.yaml');
    await copyFile(join(fixtures, 'three-errors.yaml'), path);
    const error = await readManifest(path, options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ManifestError);
    const issues = (error as ManifestError).issues;
    expect(issues.map((issue) => [issue.line, issue.field])).toEqual([
      [4, 'seconds'],
      [6, 'size'],
      [8, 'input_reference'],
    ]);
    expect((error as ManifestError).message.split('\n')).toHaveLength(3);
  });

  it('reads a CSV with BOM and CRLF as Excel writes it', async () => {
    const manifest = await readManifest(join(fixtures, 'excel-export.csv'), options);
    expect(manifest.jobs.map((job) => [job.id, job.prompt, job.source.line, job.source.row])).toEqual([
      ['spark', 'Sparklers at a beach party,\nslow motion', 2, 1],
      ['glow', 'Neon sign that reads "OPEN"', 4, 2],
    ]);
  });

  it('turns a missing manifest into a ManifestError with a clear message', async () => {
    const path = join(dir, 'absent.yaml');
    expect(await issuesOf(path)).toEqual([{ file: path, line: 0, message: `cannot read the manifest: no file at ${path}` }]);
  });

  it('turns a directory given as manifest into a ManifestError', async () => {
    const path = join(dir, 'images');
    expect(await issuesOf(path)).toEqual([{ file: path, line: 0, message: expect.stringMatching(/is a directory/) }]);
  });
});
