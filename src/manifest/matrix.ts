/**
 * A manifest's `matrix:` block: the variants every job is expanded into. Two forms, which may be
 * combined (each named variant is crossed with every combination of the lists):
 *   matrix: {model: [a, b], seconds: [4, 8]}                      -> a-4s, a-8s, b-4s, b-8s
 *   matrix: {variants: {veo-fast: {provider: veo, model: ...}}}   -> veo-fast
 * Names of list combinations are derived from the values that vary. This module only reads the
 * shape (keys, lists, names) at its lines; the values are checked by validation as job fields.
 * Nothing is expanded here: a few lines can describe billions of variants, so the count comes
 * first (`variantCount`) and the variants one by one after it (`matrixVariants`).
 */
import { isAlias, isMap, isScalar, isSeq, type Document } from 'yaml';
import { FIELDS, isFieldName, unknownFieldMessage, type FieldName } from './fields.js';
import { quote } from './hints.js';
import { FreeNames } from './ids.js';
import type { RawField, RawList, RawMatrix, RawValue, RawVariant } from './raw.js';
import type { ManifestIssue } from './types.js';

/** Variant names: they follow `@` in a job id and end up in file names. */
export const VARIANT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

type Issue = (line: number, message: string, extra?: Partial<ManifestIssue>) => void;
type LineOf = (node: unknown, fallback?: number) => number;
type ValueOf = (node: unknown) => RawValue;

/** A job field a matrix may vary: what `defaults` may hold (not id, prompt or remix_of). */
function matrixField(name: string): name is FieldName {
  return isFieldName(name) && FIELDS[name].allowedInDefaults;
}

/**
 * The text a value gives a variant's name: a mapping (`params`) by its keys and values, `seed-7`,
 * keys in sorted order, so reordering them names (and ids) the same variant.
 */
function valueText(value: RawValue): string {
  if (value.kind === 'text') return value.text;
  if (value.kind !== 'mapping' || typeof value.data !== 'object' || value.data === null) return '';
  return Object.entries(value.data)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, inner]) => (typeof inner === 'object' && inner !== null ? key : `${key}-${String(inner)}`))
    .join('-');
}

/** A value as a name part: `8` seconds -> `8s`, a URL -> its host, anything else made file-name-safe. */
function namePart(field: FieldName, text: string): string {
  let part = text.trim();
  if (field === 'seconds') part = `${part}s`;
  else if (field === 'base_url') {
    try {
      part = new URL(part).host;
    } catch {
      // Left as written; validation reports the bad URL.
    }
  } else if (field === 'input_reference' || field === 'first_frame' || field === 'last_frame') part = part.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  part = part.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').replace(/-+$/, '');
  return part === '' ? 'v' : part;
}

/** Reads `matrix:` into its variants; every mistake is an issue at its line naming the key. */
export function readMatrix(node: unknown, line: number, doc: Document, lineOf: LineOf, valueOf: ValueOf, issue: Issue): RawMatrix | undefined {
  const resolve = (n: unknown): unknown => (isAlias(n) ? n.resolve(doc) : n);
  const value = resolve(node);
  if (!isMap(value)) {
    issue(line, '"matrix" must be a mapping of job fields to lists, e.g. "model: [sora-2, veo-3.1-generate-001]", and/or "variants:" by name', { field: 'matrix' });
    return undefined;
  }
  const named: RawVariant[] = [];
  const lists: RawList[] = [];
  let sawVariants = false;
  for (const pair of value.items) {
    const key = resolve(pair.key);
    const name = isScalar(key) ? String(key.value ?? '') : '';
    const at = lineOf(pair.key, line);
    const entry = resolve(pair.value);
    if (name === 'variants') {
      sawVariants = true;
      named.push(...readNamed(entry, at, resolve, lineOf, valueOf, issue));
    } else if (!isFieldName(name)) {
      issue(at, `${unknownFieldMessage(name)}; a matrix varies job fields, or names variants under "variants:"`, { field: `matrix.${name}` });
    } else if (!matrixField(name)) {
      issue(at, `${quote(name)} cannot vary in a matrix; it belongs to each job`, { field: `matrix.${name}` });
    } else if (!isSeq(entry) || entry.items.length === 0) {
      issue(at, `must be a list of values, e.g. "${name}: [${name === 'seconds' ? '4, 8' : '...'}]" (one value for every job belongs in "defaults")`, { field: `matrix.${name}` });
    } else {
      lists.push({ field: name, values: entry.items.map((item) => ({ name, line: lineOf(item, at), value: valueOf(item) })) });
    }
  }
  if (sawVariants && named.length === 0 && lists.length === 0) return undefined;
  if (named.length === 0 && lists.length === 0) {
    if (!sawVariants) issue(line, '"matrix" has no variants; give at least one list of values or one named variant', { field: 'matrix' });
    return undefined;
  }
  // A field set both by a named variant and by a list: which value wins would be a guess.
  for (const list of lists) {
    const clash = named.find((variant) => variant.fields.some((field) => field.name === list.field));
    if (clash) issue(list.values[0]?.line ?? line, `${quote(list.field)} is both a list and set by variant ${quote(clash.name)}; set it in one place`, { field: `matrix.${list.field}` });
  }

  return { line, named, lists };
}

/** How many variants a matrix makes: named variants (or one) × every list's length. Exact, never expanded. */
export function variantCount(matrix: RawMatrix): bigint {
  let count = BigInt(Math.max(1, matrix.named.length));
  for (const list of matrix.lists) count *= BigInt(list.values.length);
  return count;
}

/**
 * The matrix's variants, one at a time, in declaration order: each named variant crossed with
 * every combination of the lists (the last list varying fastest), named by the values that vary.
 * Lazy, so a caller that counts first never holds more variants than it runs.
 */
export function* matrixVariants(matrix: RawMatrix): Generator<RawVariant & { readonly base: number; readonly picks: readonly number[] }> {
  const { lists } = matrix;
  // Each list value's part of a name, worked out once.
  const parts = lists.map((list) => list.values.map((field) => namePart(list.field, valueText(field.value))));
  const bases = matrix.named.length > 0 ? matrix.named : [{ name: '', line: matrix.line, fields: [] }];
  if (lists.some((list) => list.values.length === 0)) return;
  const taken = new FreeNames();
  for (const [baseIndex, base] of bases.entries()) {
    const picks = lists.map(() => 0);
    for (;;) {
      const fields = lists.map((list, index) => list.values[picks[index]!]!);
      let name = [base.name, ...lists.flatMap((list, index) => (list.values.length > 1 ? [parts[index]![picks[index]!]!] : []))].filter((part) => part !== '');
      // No list varies and no name is given: name it by its values.
      if (name.length === 0) name = lists.map((_, index) => parts[index]![picks[index]!]!);
      const wanted = name.join('-').slice(0, 40).replace(/[-.]+$/, '') || 'v';
      yield { name: taken.take(wanted), line: fields[0]?.line ?? base.line, fields: [...base.fields, ...fields], base: baseIndex, picks: [...picks] };
      // The next combination: an odometer over the lists, the last one turning fastest.
      let index = lists.length - 1;
      while (index >= 0 && picks[index]! + 1 >= lists[index]!.values.length) picks[index--] = 0;
      if (index < 0) break;
      picks[index]!++;
    }
  }
}

function readNamed(node: unknown, line: number, resolve: (n: unknown) => unknown, lineOf: LineOf, valueOf: ValueOf, issue: Issue): RawVariant[] {
  if (!isMap(node) || node.items.length === 0) {
    issue(line, '"variants" must map names to the fields they set, e.g. "veo-fast: {provider: veo, model: veo-3.1-fast-generate-001}"', { field: 'matrix.variants' });
    return [];
  }
  const variants: RawVariant[] = [];
  for (const pair of node.items) {
    const key = resolve(pair.key);
    const name = isScalar(key) ? String(key.value ?? '') : '';
    const at = lineOf(pair.key, line);
    if (!VARIANT_NAME.test(name)) {
      issue(at, `variant name ${quote(name)} must be 1 to 40 letters, digits, ".", "_" or "-", starting with a letter or digit (it becomes part of job ids and file names)`, { field: 'matrix.variants' });
      continue;
    }
    const body = resolve(pair.value);
    // `baseline: {}` (or no value) is a variant that changes nothing: the job as written.
    if (body === null || (isScalar(body) && body.value === null)) {
      variants.push({ name, line: at, fields: [] });
      continue;
    }
    if (!isMap(body)) {
      issue(at, `variant ${quote(name)} must be a mapping of the job fields it sets, e.g. "{provider: veo, model: veo-3.1-generate-001}"`, { field: `matrix.variants.${name}` });
      continue;
    }
    const fields: RawField[] = [];
    for (const inner of body.items) {
      const innerKey = resolve(inner.key);
      const field = isScalar(innerKey) ? String(innerKey.value ?? '') : '';
      const innerAt = lineOf(inner.key, at);
      if (!isFieldName(field)) issue(innerAt, unknownFieldMessage(field), { field: `matrix.variants.${name}.${field}` });
      else if (!matrixField(field)) issue(innerAt, `${quote(field)} cannot be set by a variant; it belongs to each job`, { field: `matrix.variants.${name}.${field}` });
      else fields.push({ name: field, line: innerAt, value: valueOf(inner.value) });
    }
    variants.push({ name, line: at, fields });
  }
  return variants;
}
