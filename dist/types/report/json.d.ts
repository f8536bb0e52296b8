/**
 * `JSON.stringify(value, null, 2)` of an object, in pieces: one per top-level key and one per
 * element of a top-level array. The text is identical; a 10,000-job report.json is just never
 * held as one string.
 */
export declare function jsonChunks(value: object): Generator<string>;
