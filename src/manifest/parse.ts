/** `parseManifest`: text -> manifest or every issue. Pure: no file system, no network. */
import { extname } from 'node:path';
import type { ModelOverrides, PriceOverrides } from '../types.js';
import { readCsv } from './csv.js';
import { quote } from './hints.js';
import type { ManifestFormat, ManifestIssue, ParseOptions, ParseResult } from './types.js';
import { runToEnd, validateSteps, type Validation } from './validate.js';
import { readMatrixFile, readYamlSteps } from './yaml.js';

/** The format named by a file's extension (.yaml, .yml, .csv), if any. */
export function formatOf(file: string): ManifestFormat | undefined {
  const extension = extname(file).toLowerCase();
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  if (extension === '.csv') return 'csv';
  return undefined;
}

export type Analysis = Validation & { pricing?: PriceOverrides; models?: ModelOverrides };

/** Parses and validates a manifest, also returning the image references for `readManifest` to check. */
export function analyzeManifest(text: string, options: ParseOptions): Analysis {
  return runToEnd(analyzeSteps(text, options));
}

/** `analyzeManifest` in steps: it yields every few hundred jobs (see validate.ts). */
export function* analyzeSteps(text: string, options: ParseOptions): Generator<void, Analysis> {
  const format = options.format ?? formatOf(options.file);
  if (format === undefined) {
    const extension = extname(options.file);
    const issue: ManifestIssue = {
      file: options.file,
      line: 0,
      message:
        `cannot tell the manifest format from the ${extension === '' ? 'missing extension' : `extension ${quote(extension)}`}; ` +
        'name the file .yaml, .yml or .csv',
    };
    return { issues: [issue], jobs: [], references: [] };
  }
  let frontEnd = format === 'csv' ? readCsv(text, options.file) : yield* readYamlSteps(text, options.file);
  if (format === 'csv' && options.matrix !== undefined) {
    const beside = readMatrixFile(options.matrix.text, options.matrix.file);
    frontEnd = {
      manifest: { ...frontEnd.manifest, ...(beside.matrix ? { matrix: beside.matrix } : {}), matrixFile: options.matrix.file },
      issues: [...beside.issues, ...frontEnd.issues],
    };
  }
  yield;
  const validation = yield* validateSteps(frontEnd.manifest, options);
  // The matrix file's issues first, then the manifest's, each by line.
  const order = (issue: ManifestIssue): number => (issue.file === options.file ? 1 : 0);
  const issues = [...frontEnd.issues, ...validation.issues].sort((a, b) => order(a) - order(b) || a.line - b.line);
  return { ...validation, issues, pricing: frontEnd.manifest.pricing, models: frontEnd.manifest.models };
}

/**
 * Parses a manifest's text (YAML or CSV) into validated jobs, or returns every issue found.
 * Pure: reads no files (`input_reference` paths are resolved but not checked; `readManifest` does that).
 * Calls `options.checkJob` on every structurally valid job.
 */
export function parseManifest(text: string, options: ParseOptions): ParseResult {
  const { issues, jobs, pricing, models } = analyzeManifest(text, options);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, manifest: { file: options.file, jobs, ...(pricing ? { pricing } : {}), ...(models ? { models } : {}) } };
}
