/** The manifest reader: YAML or CSV in, validated jobs (or every issue) out. No network. */
export type { JobSpec, Manifest, RemixSource, SourceLocation } from '../types.js';
export { parseManifest, formatOf } from './parse.js';
export { readManifest } from './read.js';
export { fileStem, derivedId, promptSlug, canonicalJson, sortedKeys, MAX_STEM_LENGTH } from './ids.js';
export { FIELDS, FIELD_NAMES, IMAGE_EXTENSIONS, MAX_ID_LENGTH, looksLikeKey, type FieldDefinition, type FieldName, type FieldResult, type FieldValues, type JsonSchema, } from './fields.js';
export { DEFAULT_MAX_JOBS, ManifestError, ManifestReadStopped, formatIssue, type CountChecker, type FieldProblem, type JobChecker, type ManifestFormat, type ManifestIssue, type ParseOptions, type ParseResult, type ReadOptions, } from './types.js';
