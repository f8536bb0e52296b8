/**
 * A Replicate model's input schema, as its version's `openapi_schema` publishes it: the object
 * `components.schemas.Input`, whose enum fields point at sibling schemas (`allOf: [{$ref:
 * "#/components/schemas/duration"}]`, Cog's way of writing them). Read at the boundary with every
 * `$ref` inlined, then used to check a value against one property. Pure.
 */
import type { JsonSchema } from '../discovery/facts.js';
import { asRecord, asString } from '../fetch-json.js';
import type { JsonValue } from '../../types.js';

/** One property of the input, `allOf` merged: what video-batch checks and maps. */
export interface InputProperty {
  readonly name: string;
  /** JSON Schema type word (`string`, `integer`, `number`, `boolean`, `array`); undefined = not stated. */
  readonly type?: string;
  readonly enum?: readonly JsonValue[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: JsonValue;
  readonly deprecated?: boolean;
}

function inline(value: unknown, components: Readonly<Record<string, unknown>>, depth: number): JsonValue {
  if (depth > 20) return null;
  if (Array.isArray(value)) return value.map((item) => inline(item, components, depth + 1));
  const record = asRecord(value);
  if (!record) return (value ?? null) as JsonValue;
  const ref = asString(record.$ref);
  const target = ref?.startsWith('#/components/schemas/') ? components[ref.slice('#/components/schemas/'.length)] : undefined;
  if (target !== undefined) return inline(target, components, depth + 1);
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, inline(item, components, depth + 1)]));
}

/**
 * The input schema of a version's `openapi_schema`, every `$ref` inlined; undefined when it has no
 * `components.schemas.Input` object.
 */
export function inputSchemaOf(openapi: unknown): JsonSchema | undefined {
  const components = asRecord(asRecord(asRecord(openapi)?.components)?.schemas);
  const input = asRecord(components?.Input);
  if (!components || !input) return undefined;
  const inlined = inline(input, components, 0);
  return asRecord(inlined) as JsonSchema | undefined;
}

function merged(schema: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const parts = Array.isArray(schema.allOf) ? schema.allOf.map(asRecord).filter((part): part is Record<string, unknown> => part !== undefined) : [];
  return Object.assign({}, ...parts, schema) as Record<string, unknown>;
}

/** The property `name` of an input schema, or undefined when the schema has none. */
export function inputProperty(schema: JsonSchema, name: string): InputProperty | undefined {
  const raw = asRecord(asRecord(schema.properties)?.[name]);
  if (!raw) return undefined;
  const p = merged(raw);
  const type = asString(p.type);
  return {
    name,
    ...(type === undefined ? {} : { type }),
    ...(Array.isArray(p.enum) ? { enum: p.enum as JsonValue[] } : {}),
    ...(typeof p.minimum === 'number' ? { minimum: p.minimum } : {}),
    ...(typeof p.maximum === 'number' ? { maximum: p.maximum } : {}),
    ...(p.default === undefined ? {} : { default: p.default as JsonValue }),
    ...(p.deprecated === true || /deprecated/i.test(asString(p.description) ?? '') ? { deprecated: true } : {}),
  };
}

/** Every property name of an input schema. */
export function inputNames(schema: JsonSchema): string[] {
  return Object.keys(asRecord(schema.properties) ?? {});
}

/** The first of `names` the schema has (a deprecated one only when no other is there). */
export function firstProperty(schema: JsonSchema, names: readonly string[]): InputProperty | undefined {
  const found = names.map((name) => inputProperty(schema, name)).filter((p): p is InputProperty => p !== undefined);
  return found.find((p) => !p.deprecated) ?? found[0];
}

function typeMatches(type: string | undefined, value: JsonValue): boolean {
  switch (type) {
    case undefined:
      return true;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}

/** `4, 6 or 8` / `"16:9" or "9:16"`: an enum as a message lists it. */
export function listAllowed(values: readonly JsonValue[]): string {
  const shown = values.map((value) => JSON.stringify(value));
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

/** Why `value` does not fit `property` (its type, enum, minimum, maximum); undefined when it does. */
export function valueProblem(property: InputProperty, value: JsonValue): string | undefined {
  if (!typeMatches(property.type, value)) return `${property.name} must be of type ${property.type} (got ${JSON.stringify(value)})`;
  if (property.enum && !property.enum.some((allowed) => JSON.stringify(allowed) === JSON.stringify(value))) {
    return `${property.name} must be one of ${listAllowed(property.enum)} (got ${JSON.stringify(value)})`;
  }
  if (typeof value === 'number' && property.minimum !== undefined && value < property.minimum) return `${property.name} must be at least ${property.minimum} (got ${value})`;
  if (typeof value === 'number' && property.maximum !== undefined && value > property.maximum) return `${property.name} must be at most ${property.maximum} (got ${value})`;
  return undefined;
}

/** Every problem of an input against a schema: required fields missing, and each value that does not fit its property. */
export function inputProblems(schema: JsonSchema, input: Readonly<Record<string, JsonValue>>): string[] {
  const problems: string[] = [];
  const required = Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === 'string') : [];
  for (const name of required) if (input[name] === undefined) problems.push(`${name} is required`);
  for (const [name, value] of Object.entries(input)) {
    const property = inputProperty(schema, name);
    const problem = property && valueProblem(property, value);
    if (problem) problems.push(problem);
  }
  return problems;
}
