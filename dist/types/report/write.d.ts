/**
 * Writes a file through a temporary sibling and a rename, so readers never see half of it.
 * `data` may come in pieces (a generator), so a large report never has to exist as one string.
 */
export declare function writeAtomic(path: string, data: string | Iterable<string>): Promise<void>;
