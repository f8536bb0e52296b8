/**
 * A Replicate model's input schema, as its version's `openapi_schema` publishes it: the object
 * `components.schemas.Input`, whose enum fields point at sibling schemas (`allOf: [{$ref:
 * "#/components/schemas/duration"}]`, Cog's way of writing them). Read at the boundary with every
 * `$ref` inlined, then used to check a value against one property. Pure.
 */
import type { JsonSchema } from '../discovery/facts.js';
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
/**
 * The input schema of a version's `openapi_schema`, every `$ref` inlined; undefined when it has no
 * `components.schemas.Input` object.
 */
export declare function inputSchemaOf(openapi: unknown): JsonSchema | undefined;
/** The property `name` of an input schema, or undefined when the schema has none. */
export declare function inputProperty(schema: JsonSchema, name: string): InputProperty | undefined;
/** Every property name of an input schema. */
export declare function inputNames(schema: JsonSchema): string[];
/** The first of `names` the schema has (a deprecated one only when no other is there). */
export declare function firstProperty(schema: JsonSchema, names: readonly string[]): InputProperty | undefined;
/** `4, 6 or 8` / `"16:9" or "9:16"`: an enum as a message lists it. */
export declare function listAllowed(values: readonly JsonValue[]): string;
/** Why `value` does not fit `property` (its type, enum, minimum, maximum); undefined when it does. */
export declare function valueProblem(property: InputProperty, value: JsonValue): string | undefined;
/** Every problem of an input against a schema: required fields missing, and each value that does not fit its property. */
export declare function inputProblems(schema: JsonSchema, input: Readonly<Record<string, JsonValue>>): string[];
