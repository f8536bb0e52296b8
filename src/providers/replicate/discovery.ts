/**
 * Replicate's side of discovery: each model's input schema from its version's `openapi_schema`
 * (`GET {base}/models/{owner}/{name}` for an official model's `latest_version`,
 * `GET {base}/models/{owner}/{name}/versions/{id}` for a pinned one), one request per model (the
 * API has no batch read). Replicate publishes no price API: prices stay the catalog's.
 */
import type { JobSpec } from '../../types.js';
import { DiscoveryError, type FactSource, type ModelFacts } from '../discovery/facts.js';
import { asRecord, joinUrl, requestJson, type HttpClient } from '../fetch-json.js';
import { hopRulesFor } from '../hop-rules.js';
import type { DiscoveryContext, FactsCheck, ProviderDiscovery } from '../module.js';
import { ProviderError } from '../types.js';
import { parseModelRef } from './input.js';
import { paramsAgainstSchema, schemaInput } from './mapping.js';
import { replicateErrorFields } from './prediction.js';
import { inputProperty, inputSchemaOf } from './schema.js';

/** The URL that describes a model: its own page for `owner/name`, the version's for `owner/name:version`. */
export function schemaUrl(base: string, model: string): string | undefined {
  const ref = parseModelRef(model);
  if (!ref) return undefined;
  const path = `/models/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.name)}`;
  return joinUrl(base, ref.version === undefined ? path : `${path}/versions/${encodeURIComponent(ref.version)}`);
}

/** The facts of one model's answer: its input schema and the defaults prices need. Pure. */
export function replicateFacts(model: string, answer: unknown, source: FactSource): ModelFacts {
  const pinned = parseModelRef(model)?.version !== undefined;
  const version = pinned ? asRecord(answer) : asRecord(asRecord(answer)?.latest_version);
  const schema = inputSchemaOf(version?.openapi_schema);
  if (!schema) return { provider: 'replicate', model, found: true };
  const duration = inputProperty(schema, 'duration')?.default ?? inputProperty(schema, 'seconds')?.default;
  const audio = inputProperty(schema, 'generate_audio')?.default;
  const seconds = Number(duration);
  const defaults = {
    ...(Number.isFinite(seconds) && duration !== undefined && duration !== null ? { seconds } : {}),
    ...(typeof audio === 'boolean' ? { audio } : {}),
  };
  return { provider: 'replicate', model, found: true, input: { schema, source }, ...(Object.keys(defaults).length === 0 ? {} : { defaults }) };
}

/** A job against its model's schema: every field it cannot take and every param of the wrong type or value; unknown params warn. Pure. */
export function checkReplicateJob(job: JobSpec, facts: ModelFacts): FactsCheck {
  const schema = facts.input?.schema;
  if (!schema) return { problems: [], warnings: [] };
  const mapped = schemaInput(job, schema);
  const params = paramsAgainstSchema(job.params, schema, job.model);
  return { problems: [...mapped.problems, ...params.problems], warnings: params.warnings };
}

export const replicateDiscovery: ProviderDiscovery = {
  where: ({ baseUrl }) => joinUrl(baseUrl, '/models'),

  async describe(models: readonly string[], context: DiscoveryContext): Promise<ReadonlyMap<string, ModelFacts>> {
    const client: HttpClient = { fetch: context.fetch, rules: hopRulesFor(context.baseUrl), timeoutMs: context.timeoutMs, label: 'Replicate', errorFields: replicateErrorFields };
    const headers: Record<string, string> = context.apiKey === undefined ? {} : { authorization: `Bearer ${context.apiKey}` };
    const facts = new Map<string, ModelFacts>();
    for (const model of models) {
      const url = schemaUrl(context.baseUrl, model);
      if (!url) continue; // a malformed id was refused when the manifest was read
      try {
        const answer = await requestJson(client, { method: 'GET', url, headers, signal: context.signal });
        facts.set(model, replicateFacts(model, answer.body, { url, readAt: new Date(context.now()).toISOString() }));
      } catch (error) {
        const status = error instanceof ProviderError ? error.details.status : undefined;
        if (status === 404) {
          facts.set(model, { provider: 'replicate', model, found: false });
          continue;
        }
        const message = error instanceof Error ? error.message : String(error);
        throw new DiscoveryError(status === 401 || status === 403 ? 'auth' : 'unavailable', `GET ${url}: ${message}`, status);
      }
    }
    return facts;
  },

  checkJob: checkReplicateJob,
};
