import { type ModelOverrides } from '../types.js';
import type { ManifestIssue } from './types.js';
/** Fields an entry may set, as in src/models.json. */
export declare const MODEL_FIELDS: readonly ["provider", "status", "shutdown", "replacement", "seconds", "sizes", "image_input", "requires_image", "remix", "usd_per_second", "default_seconds", "note"];
type Issue = (line: number, message: string, extra?: Partial<ManifestIssue>) => void;
type LineOf = (node: unknown, fallback?: number) => number;
/** `models: {model-id: {status: ga, seconds: [4, 8], ...}}`; every bad entry is an issue. */
export declare function readModels(node: unknown, line: number, lineOf: LineOf, issue: Issue): ModelOverrides | undefined;
export {};
