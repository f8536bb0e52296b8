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
 * The id of a job that gives none: a slug of the prompt plus a short hash of the prompt and the
 * parameters that shape the video, e.g. `red-fox-running-through-snow-3f9a1c`. The same job text
 * always gives the same id, whatever else the manifest holds.
 */
export declare function derivedId(prompt: string, parameters: readonly (string | number | undefined)[]): string;
/** `base`, or `base-2`, `base-3`, ... : the first that `taken` does not hold. */
export declare function firstFree(base: string, taken: ReadonlySet<string>): string;
