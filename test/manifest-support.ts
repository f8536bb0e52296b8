/** Shared by the manifest-*.test.ts files: parse text with fixed options, expecting success or rejection. */
import { formatIssue, parseManifest, type JobSpec, type ManifestIssue, type ParseOptions } from '../src/manifest/index.js';

export interface Parsing {
  /** The jobs of a manifest that must parse; its issues, one per line, as the error otherwise. */
  jobsOf(text: string, extra?: Partial<ParseOptions>): readonly JobSpec[];
  /** The issues of a manifest that must be rejected. */
  issuesOf(text: string, extra?: Partial<ParseOptions>): ManifestIssue[];
}

export function parsing(options: ParseOptions): Parsing {
  return {
    jobsOf(text, extra = {}) {
      const result = parseManifest(text, { ...options, ...extra });
      if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
      return result.manifest.jobs;
    },
    issuesOf(text, extra = {}) {
      const result = parseManifest(text, { ...options, ...extra });
      if (result.ok) throw new Error('expected the manifest to be rejected');
      return result.issues;
    },
  };
}
