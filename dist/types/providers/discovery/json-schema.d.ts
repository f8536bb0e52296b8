/**
 * The little of JSON Schema (OpenAPI 3.0 flavour) a vendor's input schema needs for checking a
 * job before it is sent: `$ref`s inlined from `components.schemas`, `allOf` merged, and one value
 * checked against a property's `type`, `enum`, `const`, bounds and `anyOf`, with a message naming
 * what would be accepted. Pure; never throws on a schema it does not understand (that passes).
 */
import type { JsonValue } from '../../types.js';
import type { JsonSchema } from './facts.js';
type Json = JsonValue | undefined;
/** `value` as a schema object, or undefined. */
export declare function asSchema(value: Json): JsonSchema | undefined;
/**
 * `schema` with every `#/components/schemas/X` reference replaced by X (from `components`),
 * recursively; a reference cycle stops at depth 12 (left as `{}`: anything passes).
 */
export declare function inlineRefs(schema: JsonValue, components: Readonly<Record<string, JsonValue>>, depth?: number): JsonValue;
/** A property schema with `allOf` merged into it (fal wraps enums as `allOf: [{$ref}]` beside a default). */
export declare function flatten(schema: JsonSchema): JsonSchema;
/** The schemas a value may match: the `anyOf`/`oneOf` branches, else the schema itself. */
export declare function branches(schema: JsonSchema): JsonSchema[];
/** The `enum` values a property allows, across its branches (null left out); undefined when it has none. */
export declare function enumOf(schema: JsonSchema): JsonValue[] | undefined;
/** The JSON types a property allows, across its branches (`integer` counts as a number type). */
export declare function typesOf(schema: JsonSchema): string[];
/**
 * Why `value` does not fit `schema` (a property of an input schema), naming what would; undefined
 * when it fits. With `anyOf`, it fits when one branch fits; otherwise the branches' first message.
 */
export declare function valueProblem(value: JsonValue, schema: JsonSchema): string | undefined;
/** The properties of an object schema, each flattened; `{}` when it has none. */
export declare function propertiesOf(schema: JsonSchema): Readonly<Record<string, JsonSchema>>;
/** The names an object schema marks required. */
export declare function requiredOf(schema: JsonSchema): string[];
export {};
