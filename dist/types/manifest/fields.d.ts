import { type JobParams, type JobSpec, type ProviderName } from '../types.js';
/** Job field names as written in a manifest (snake_case), in documentation order. */
export declare const FIELD_NAMES: readonly ["id", "prompt", "provider", "model", "seconds", "size", "audio", "first_frame", "input_reference", "last_frame", "reference_images", "remix_of", "base_url", "api_key_env", "params"];
export type FieldName = (typeof FIELD_NAMES)[number];
/** The value each field parses to, before defaults, overrides and id/remix resolution. */
export interface FieldValues {
    id: string;
    prompt: string;
    provider: ProviderName;
    model: string;
    seconds: number;
    size: string;
    audio: boolean;
    /** As written: relative to the manifest's directory (resolved later); null cancels the one in defaults. */
    first_frame: string | null;
    /** The older name of `first_frame`, kept working. */
    input_reference: string | null;
    last_frame: string | null;
    /** Null or an empty list cancels the ones in defaults. */
    reference_images: readonly string[] | null;
    /** As written: a job id or a video id (resolved once all ids are known). */
    remix_of: string;
    base_url: string;
    api_key_env: string;
    params: JobParams;
}
export type FieldResult<T> = {
    readonly ok: true;
    readonly value: T;
} | {
    readonly ok: false;
    readonly message: string;
};
/** A JSON Schema fragment, kept as plain data. */
export type JsonSchema = {
    readonly [keyword: string]: unknown;
};
export interface FieldDefinition<T> {
    readonly name: FieldName;
    /** The JobSpec property this field fills. */
    readonly jobKey: keyof JobSpec;
    readonly description: string;
    readonly required: boolean;
    readonly allowedInDefaults: boolean;
    /** Phrase for messages: `must be <expected>`. */
    readonly expected: string;
    /** Schema of the value as written in the file. */
    readonly schema: JsonSchema;
    /** Checks a trimmed, non-empty text value and converts it. */
    readonly parse: (text: string) => FieldResult<T>;
    /** For a field that takes a mapping (`params`): checks the mapping as plain data. Absent = a mapping is refused. */
    readonly parseMapping?: (data: unknown) => FieldResult<T>;
    /** For a field that takes a list (`reference_images`): checks the list as plain data. Absent = a list is refused. */
    readonly parseList?: (data: unknown) => FieldResult<T>;
    /** Whether YAML `null` on a job cancels the value in `defaults` (the image fields). @default false */
    readonly clearable?: boolean;
}
export declare const IMAGE_EXTENSIONS: readonly [".png", ".jpg", ".jpeg", ".webp"];
export declare const MAX_ID_LENGTH = 128;
/** The most reference images a job may list: more than any API takes (Seedance 2.0: 9). */
export declare const MAX_REFERENCE_IMAGES = 16;
/** True when a value looks like an API key rather than the name of a variable holding one. */
export declare function looksLikeKey(text: string): boolean;
/** Every field's definition, keyed by its name in the file. */
export declare const FIELDS: {
    readonly [K in FieldName]: FieldDefinition<FieldValues[K]>;
};
export declare function isFieldName(name: string): name is FieldName;
/** The manifest field name for a name given either as written (`api_key_env`) or as a JobSpec key. */
export declare function fieldNameOf(name: string): string;
/** Message for a field name the reader does not know, with a hint when a known one is close. */
export declare function unknownFieldMessage(name: string, what?: 'field' | 'column'): string;
