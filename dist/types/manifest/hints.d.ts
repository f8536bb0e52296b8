/** Levenshtein distance between two strings (by UTF-16 code unit; names here are ASCII). */
export declare function editDistance(a: string, b: string): number;
/** The known name closest to `name` within edit distance 2 (case-insensitive), if any. */
export declare function closest(name: string, known: readonly string[]): string | undefined;
/** `; did you mean "prompt"?` when a known name is close, else an empty string. */
export declare function didYouMean(name: string, known: readonly string[]): string;
/**
 * A user value quoted for a message: its first line only, credentials and random tokens masked,
 * JSON-escaped and cut to a readable length. A file that was never a manifest (an .env, a key
 * file) must not be printed into logs and annotations through its error messages.
 */
export declare function quote(value: string, max?: number): string;
