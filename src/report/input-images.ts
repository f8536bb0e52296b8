/**
 * A job's input images in the reports: which they are (first frame, last frame, references), the
 * name each gets when copied into the output folder (so report.html shows them wherever the
 * folder goes), the thumbnails' HTML, and the copy itself (the only I/O here).
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readInputImage } from '../manifest/image.js';
import { escapeHtml, relativeHref } from './html-text.js';

/** The folder of the output directory the input images are copied to. */
export const INPUTS_DIR = 'inputs';

export type InputKind = 'first frame' | 'last frame' | 'reference';

/** One input image of a job, by its absolute path. */
export interface JobInput {
  readonly kind: InputKind;
  readonly path: string;
}

interface WithInputs {
  readonly inputReference?: string;
  readonly lastFrame?: string;
  readonly referenceImages?: readonly string[];
}

/** The job's input images in order: first frame, last frame, then each reference. Pure. */
export function jobInputs(job: WithInputs): JobInput[] {
  return [
    ...(job.inputReference === undefined ? [] : [{ kind: 'first frame' as const, path: job.inputReference }]),
    ...(job.lastFrame === undefined ? [] : [{ kind: 'last frame' as const, path: job.lastFrame }]),
    ...(job.referenceImages ?? []).map((path) => ({ kind: 'reference' as const, path })),
  ];
}

/**
 * Where the copy of `path` lives, relative to the output folder: `inputs/<hash>-<name>`; the hash
 * of the whole path keeps two `a.png` from different folders apart. Pure.
 */
export function inputCopyPath(path: string): string {
  const hash = createHash('sha256').update(path).digest('hex').slice(0, 10);
  return `${INPUTS_DIR}/${hash}-${basename(path)}`;
}

/** The small thumbnails of a job's input images, each linking to its copy; '' when it has none. Pure. */
export function inputThumbnails(job: WithInputs): string {
  const inputs = jobInputs(job);
  if (inputs.length === 0) return '';
  const figures = inputs.map(({ kind, path }) => {
    const href = escapeHtml(relativeHref(inputCopyPath(path)));
    const name = escapeHtml(basename(path));
    return `<figure class="input" data-kind="${kind}"><a href="${href}" title="${escapeHtml(`${kind}: ${basename(path)}`)}"><img loading="lazy" decoding="async" src="${href}" alt="${escapeHtml(kind)} ${name}"></a><figcaption>${escapeHtml(kind === 'reference' ? 'ref' : kind.replace(' frame', ''))}</figcaption></figure>`;
  });
  return `<div class="inputs" aria-label="Input images">${figures.join('')}</div>`;
}

/**
 * For a merged report: copies each job's input-image copies from the folder of the shard report
 * it came from (`folderOf`) into `<outDir>/inputs/`, each checked as an upload is; a copy that is
 * missing or not an image is left out (the report is written whatever happens).
 * @returns the copies that could not be made, with why
 */
export async function copyShardInputImages(jobs: readonly (WithInputs & { readonly id: string })[], folderOf: (id: string) => string | undefined, outDir: string): Promise<string[]> {
  const copies = new Map<string, string>();
  for (const job of jobs) {
    const folder = folderOf(job.id);
    if (folder === undefined) continue;
    for (const input of jobInputs(job)) copies.set(inputCopyPath(input.path), join(folder, inputCopyPath(input.path)));
  }
  if (copies.size === 0) return [];
  await mkdir(join(outDir, INPUTS_DIR), { recursive: true });
  const problems: string[] = [];
  for (const [name, source] of copies) {
    try {
      const image = await readInputImage(source, { roots: [dirname(source)] });
      await writeFile(join(outDir, name), image.bytes);
    } catch (error) {
      problems.push(`${source}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

/**
 * Copies every job's input images into `<outDir>/inputs/`, each read with the same checks as an
 * upload (a regular file holding the image its extension names, within the size cap), so nothing
 * else is ever copied next to the report. An image that cannot be read is left out: the report is
 * written whatever happens.
 * @returns the paths that could not be copied, with why
 */
export async function copyInputImages(jobs: readonly WithInputs[], outDir: string): Promise<string[]> {
  const paths = [...new Set(jobs.flatMap((job) => jobInputs(job).map((input) => input.path)))];
  if (paths.length === 0) return [];
  await mkdir(join(outDir, INPUTS_DIR), { recursive: true });
  const problems: string[] = [];
  for (const path of paths) {
    try {
      const image = await readInputImage(path);
      await writeFile(join(outDir, inputCopyPath(path)), image.bytes);
    } catch (error) {
      problems.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}
