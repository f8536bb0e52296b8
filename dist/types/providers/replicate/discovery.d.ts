/**
 * Replicate's side of discovery: each model's input schema from its version's `openapi_schema`
 * (`GET {base}/models/{owner}/{name}` for an official model's `latest_version`,
 * `GET {base}/models/{owner}/{name}/versions/{id}` for a pinned one), one request per model (the
 * API has no batch read). Replicate publishes no price API: prices stay the catalog's.
 */
import type { JobSpec } from '../../types.js';
import { type FactSource, type ModelFacts } from '../discovery/facts.js';
import type { FactsCheck, ProviderDiscovery } from '../module.js';
/** The URL that describes a model: its own page for `owner/name`, the version's for `owner/name:version`. */
export declare function schemaUrl(base: string, model: string): string | undefined;
/** The facts of one model's answer: its input schema and the defaults prices need. Pure. */
export declare function replicateFacts(model: string, answer: unknown, source: FactSource): ModelFacts;
/** A job against its model's schema: every field it cannot take and every param of the wrong type or value; unknown params warn. Pure. */
export declare function checkReplicateJob(job: JobSpec, facts: ModelFacts): FactsCheck;
export declare const replicateDiscovery: ProviderDiscovery;
