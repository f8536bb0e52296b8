/**
 * A manifest's `models:` block: entries of the model catalog (src/models.json, same field names)
 * keyed by model id, which extend or override the catalog for this manifest, e.g. a gateway's
 * model with its own limits, or `status: ga` for a model a gateway still serves after its vendor
 * retired it. Every bad entry is an issue at its line; nothing here reaches the network.
 */
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { MODEL_STATUSES, PROVIDER_NAMES, type ModelOverride, type ModelOverrides, type ProviderName } from '../types.js';
import { didYouMean, quote } from './hints.js';
import type { ManifestIssue } from './types.js';

/** Fields an entry may set, as in src/models.json. */
export const MODEL_FIELDS = [
  'provider', 'status', 'shutdown', 'replacement', 'seconds', 'sizes', 'image_input', 'requires_image', 'remix', 'usd_per_second', 'default_seconds', 'note',
] as const;
type ModelField = (typeof MODEL_FIELDS)[number];

type Issue = (line: number, message: string, extra?: Partial<ManifestIssue>) => void;
type LineOf = (node: unknown, fallback?: number) => number;
type Parsed = { -readonly [K in keyof ModelOverride]: ModelOverride[K] };

const SIZE = /^[1-9]\d*x[1-9]\d*$/;
const SIZE_KEY = /^([1-9]\d*x[1-9]\d*|default)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `models: {model-id: {status: ga, seconds: [4, 8], ...}}`; every bad entry is an issue. */
export function readModels(node: unknown, line: number, lineOf: LineOf, issue: Issue): ModelOverrides | undefined {
  if (!isMap(node)) {
    issue(line, '"models" must map model ids to their catalog fields, e.g. "sora-2: {status: ga}"', { field: 'models' });
    return undefined;
  }
  const result: Record<string, ModelOverride> = {};
  for (const pair of node.items) {
    const model = isScalar(pair.key) ? String(pair.key.value ?? '') : '';
    const at = lineOf(pair.key, line);
    if (model.trim() === '') {
      issue(at, 'a model id must be plain text, e.g. "seedance-1-0-pro-250528"', { field: 'models' });
      continue;
    }
    if (!isMap(pair.value)) {
      issue(at, `models: ${quote(model)} must be a mapping of catalog fields, e.g. "{status: ga}" (fields: ${MODEL_FIELDS.join(', ')})`, { field: 'models' });
      continue;
    }
    result[model] = readEntry(model, pair.value, at, lineOf, issue);
  }
  return result;
}

function readEntry(model: string, map: YAMLMap, line: number, lineOf: LineOf, issue: Issue): ModelOverride {
  const entry: Parsed = {};
  for (const pair of map.items) {
    const name = isScalar(pair.key) ? String(pair.key.value ?? '') : '';
    const at = lineOf(pair.key, line);
    const fail = (expected: string): void => issue(at, `models: ${quote(model)}: ${quote(name)} must be ${expected}`, { field: 'models' });
    if (!(MODEL_FIELDS as readonly string[]).includes(name)) {
      issue(at, `models: ${quote(model)}: unknown field ${quote(name)}${didYouMean(name, MODEL_FIELDS) || `; known fields: ${MODEL_FIELDS.join(', ')}`}`, { field: 'models' });
      continue;
    }
    const value = pair.value;
    switch (name as ModelField) {
      case 'provider': {
        const text = textOf(value);
        const found = PROVIDER_NAMES.find((p) => p === text);
        if (found) entry.provider = found as ProviderName;
        else fail(`one of ${PROVIDER_NAMES.join(', ')}`);
        break;
      }
      case 'status': {
        const found = MODEL_STATUSES.find((s) => s === textOf(value));
        if (found) entry.status = found;
        else fail(`one of ${MODEL_STATUSES.join(', ')}`);
        break;
      }
      case 'shutdown': {
        const text = textOf(value);
        if (text !== undefined && DATE.test(text)) entry.shutdown = text;
        else fail('a date, e.g. 2026-09-24');
        break;
      }
      case 'replacement': {
        const items = isSeq(value) ? value.items : [value];
        const replacement = items.map((item) => {
          const text = textOf(item);
          if (text) return { model: text };
          if (isMap(item)) {
            const modelId = textOf(item.get('model', true));
            const provider = textOf(item.get('provider', true));
            if (modelId) return { model: modelId, ...(provider ? { provider } : {}) };
          }
          return undefined;
        });
        if (replacement.every((r) => r !== undefined)) entry.replacement = replacement;
        else fail('a model id, or a list of model ids or {provider, model} mappings');
        break;
      }
      case 'seconds': {
        const list = numbers(value);
        if (list && list.length > 0 && list.every((n) => Number.isSafeInteger(n) && n > 0)) entry.seconds = list;
        else fail('a list of whole seconds, e.g. [4, 8]');
        break;
      }
      case 'sizes': {
        const list = isSeq(value) ? value.items.map(textOf) : undefined;
        if (list && list.length > 0 && list.every((s): s is string => s !== undefined && SIZE.test(s))) entry.sizes = list;
        else fail('a list of WIDTHxHEIGHT sizes, e.g. [1280x720, 720x1280]');
        break;
      }
      case 'image_input':
      case 'requires_image':
      case 'remix': {
        const flag = isScalar(value) && typeof value.value === 'boolean' ? value.value : undefined;
        if (flag === undefined) fail('true or false');
        else if (name === 'image_input') entry.image_input = flag;
        else if (name === 'requires_image') entry.requires_image = flag;
        else entry.remix = flag;
        break;
      }
      case 'usd_per_second': {
        const rate = rateOf(value);
        if (rate !== undefined) entry.usd_per_second = rate;
        else fail('a price in USD per second (e.g. 0.10), or one per WIDTHxHEIGHT size with "default" for the others');
        break;
      }
      case 'default_seconds': {
        const n = numberOf(value);
        if (n !== undefined && Number.isSafeInteger(n) && n > 0) entry.default_seconds = n;
        else fail('a whole number of seconds, e.g. 8');
        break;
      }
      case 'note': {
        const text = textOf(value);
        if (text !== undefined) entry.note = text;
        else fail('text');
        break;
      }
    }
  }
  return entry;
}

function textOf(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'boolean') return undefined;
  const text = String(node.value).trim();
  return text === '' ? undefined : text;
}

function numberOf(node: unknown): number | undefined {
  if (!isScalar(node) || typeof node.value === 'boolean' || node.value === null) return undefined;
  const n = Number(node.value);
  return Number.isFinite(n) ? n : undefined;
}

function numbers(node: unknown): number[] | undefined {
  if (!isSeq(node)) return undefined;
  const list = node.items.map(numberOf);
  return list.every((n): n is number => n !== undefined) ? list : undefined;
}

function rateOf(node: unknown): number | Record<string, number> | undefined {
  if (!isMap(node)) {
    const n = numberOf(node);
    return n !== undefined && n >= 0 ? n : undefined;
  }
  const bySize: Record<string, number> = {};
  for (const pair of node.items) {
    const size = isScalar(pair.key) ? String(pair.key.value) : '';
    const n = numberOf(pair.value);
    if (!SIZE_KEY.test(size) || n === undefined || n < 0) return undefined;
    bySize[size] = n;
  }
  return bySize;
}
