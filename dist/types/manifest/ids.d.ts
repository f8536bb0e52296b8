/** Longest stem `fileStem` returns; leaves room for an extension and a suffix within common limits. */
export declare const MAX_STEM_LENGTH = 100;
/**
 * Maps an id to a stem that is safe as a file name on every common file system: only
 * [A-Za-z0-9._-], no leading dot or dash, never `.`/`..`, no trailing dot, at most
 * MAX_STEM_LENGTH characters. An id that is already safe is returned unchanged; any other id gets a
 * short hash of the original appended, so distinct ids keep distinct stems.
 * Callers should still compare stems case-insensitively (macOS and Windows fold case).
 */
export declare function fileStem(id: string): string;
/** The first few words of a prompt as a lower-case slug, e.g. `red-fox-running-through-snow`. */
export declare function promptSlug(prompt: string): string;
/**
 * `value` with the keys of every object in it sorted (arrays keep their order), so two spellings
 * of one request (`{seed, negative_prompt}`, `{negative_prompt, seed}`) are one value. Pure.
 */
export declare function sortedKeys(value: unknown): unknown;
/** JSON of `value` with every object's keys sorted: what identities (ids, fingerprints) hash. Pure. */
export declare function canonicalJson(value: unknown): string;
/**
 * The id of a job that gives none: a slug of the prompt plus a short hash of the prompt and the
 * parameters that shape the video, e.g. `red-fox-running-through-snow-3f9a1c`. The same job text
 * always gives the same id, whatever else the manifest holds.
 */
export declare function derivedId(prompt: string, parameters: readonly (string | number | undefined)[]): string;
/**
 * Names handed out one by one, each `base` or else `base-2`, `base-3`, ...: the first not yet
 * taken. Remembers where each base's numbering got to, so taking n copies of one name costs n
 * steps, not n² (a matrix may name thousands of variants alike, many jobs may share a prompt).
 */
export declare class FreeNames {
    private readonly taken;
    private readonly next;
    /** `taken`: the names already used; names taken here join it. @default an empty set */
    constructor(taken?: Set<string>);
    has(name: string): boolean;
    /** Marks `name` as used (an id a user chose). */
    add(name: string): void;
    /** `base`, else `base-2`, `base-3`...: the first not yet taken, which is taken from now on. */
    take(base: string): string;
}
