/**
 * The little of JSON Schema (OpenAPI 3.0 flavour) a vendor's input schema needs for checking a
 * job before it is sent: `$ref`s inlined from `components.schemas`, `allOf` merged, and one value
 * checked against a property's `type`, `enum`, `const`, bounds and `anyOf`, with a message naming
 * what would be accepted. Pure; never throws on a schema it does not understand (that passes).
 */
import type { JsonValue } from '../../types.js';
import type { JsonSchema } from './facts.js';

type Json = JsonValue | undefined;

function isObject(value: Json): value is { readonly [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` as a schema object, or undefined. */
export function asSchema(value: Json): JsonSchema | undefined {
  return isObject(value) ? value : undefined;
}

/**
 * `schema` with every `#/components/schemas/X` reference replaced by X (from `components`),
 * recursively; a reference cycle stops at depth 12 (left as `{}`: anything passes).
 */
export function inlineRefs(schema: JsonValue, components: Readonly<Record<string, JsonValue>>, depth = 0): JsonValue {
  if (Array.isArray(schema)) return schema.map((item: JsonValue) => inlineRefs(item, components, depth));
  if (!isObject(schema)) return schema;
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
    const target = name === undefined ? undefined : components[decodeURIComponent(name)];
    if (target === undefined || depth >= 12) return {};
    const { $ref: _ref, ...rest } = schema;
    return inlineRefs({ ...(isObject(target) ? target : {}), ...rest }, components, depth + 1);
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, inlineRefs(value, components, depth)]));
}

/** A property schema with `allOf` merged into it (fal wraps enums as `allOf: [{$ref}]` beside a default). */
export function flatten(schema: JsonSchema): JsonSchema {
  const parts = schema.allOf;
  if (!Array.isArray(parts)) return schema;
  const { allOf: _allOf, ...rest } = schema;
  return parts.reduce<JsonSchema>((merged, part) => (isObject(part) ? { ...flatten(part), ...merged } : merged), rest);
}

/** The schemas a value may match: the `anyOf`/`oneOf` branches, else the schema itself. */
export function branches(schema: JsonSchema): JsonSchema[] {
  const flat = flatten(schema);
  const list = flat.anyOf ?? flat.oneOf;
  if (!Array.isArray(list)) return [flat];
  const { anyOf: _anyOf, oneOf: _oneOf, ...shared } = flat;
  return list.flatMap((branch: JsonValue) => (isObject(branch) ? branches({ ...shared, ...branch }) : []));
}

/** The `enum` values a property allows, across its branches (null left out); undefined when it has none. */
export function enumOf(schema: JsonSchema): JsonValue[] | undefined {
  const values = branches(schema).flatMap((branch) => (Array.isArray(branch.enum) ? branch.enum : branch.const !== undefined ? [branch.const] : []));
  return values.length > 0 ? values.filter((value) => value !== null) : undefined;
}

/** The JSON types a property allows, across its branches (`integer` counts as a number type). */
export function typesOf(schema: JsonSchema): string[] {
  return branches(schema).flatMap((branch) => (typeof branch.type === 'string' ? [branch.type] : Array.isArray(branch.type) ? branch.type.filter((t): t is string => typeof t === 'string') : []));
}

function typeMatches(value: JsonValue, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'null':
      return value === null;
    default:
      return true;
  }
}

const show = (value: JsonValue): string => JSON.stringify(value);

/** Why `value` does not fit one branch (no anyOf in it), or undefined. */
function branchProblem(value: JsonValue, schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.enum) && !schema.enum.some((allowed) => JSON.stringify(allowed) === JSON.stringify(value))) {
    return `must be one of ${schema.enum.map(show).join(', ')} (got ${show(value)})`;
  }
  if (schema.const !== undefined && JSON.stringify(schema.const) !== JSON.stringify(value)) return `must be ${show(schema.const)} (got ${show(value)})`;
  const types = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type.filter((t): t is string => typeof t === 'string') : [];
  if (types.length > 0 && !types.some((type) => typeMatches(value, type))) return `must be ${types.map((t) => (t === 'integer' ? 'a whole number' : `a ${t}`)).join(' or ')} (got ${show(value)})`;
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return `must be at least ${schema.minimum} (got ${value})`;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return `must be at most ${schema.maximum} (got ${value})`;
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) return `must be more than ${schema.exclusiveMinimum} (got ${value})`;
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) return `must be less than ${schema.exclusiveMaximum} (got ${value})`;
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) return `must be at least ${schema.minLength} characters long`;
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) return `must be at most ${schema.maxLength} characters long`;
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return `must hold at most ${schema.maxItems} items`;
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return `must hold at least ${schema.minItems} items`;
    const items = asSchema(schema.items);
    if (items) {
      for (const [index, item] of value.entries()) {
        const problem = valueProblem(item, items);
        if (problem !== undefined) return `item ${index + 1} ${problem}`;
      }
    }
  }
  return undefined;
}

/**
 * Why `value` does not fit `schema` (a property of an input schema), naming what would; undefined
 * when it fits. With `anyOf`, it fits when one branch fits; otherwise the branches' first message.
 */
export function valueProblem(value: JsonValue, schema: JsonSchema): string | undefined {
  const options = branches(schema);
  const problems = options.map((branch) => branchProblem(value, branch));
  if (problems.some((problem) => problem === undefined)) return undefined;
  const allowed = enumOf(schema);
  if (allowed && options.length > 1) return `must be one of ${allowed.map(show).join(', ')} (got ${show(value)})`;
  return problems[0];
}

/** The properties of an object schema, each flattened; `{}` when it has none. */
export function propertiesOf(schema: JsonSchema): Readonly<Record<string, JsonSchema>> {
  const properties = asSchema(flatten(schema).properties) ?? {};
  return Object.fromEntries(Object.entries(properties).flatMap(([name, value]) => (isObject(value) ? [[name, flatten(value)]] : [])));
}

/** The names an object schema marks required. */
export function requiredOf(schema: JsonSchema): string[] {
  const required = flatten(schema).required;
  return Array.isArray(required) ? required.filter((name): name is string => typeof name === 'string') : [];
}
