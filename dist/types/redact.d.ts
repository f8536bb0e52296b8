/**
 * Takes secrets out of text that came from outside (a server's error, a manifest line) before
 * it is stored in a report or shown in a log: the run's own keys by value, and anything shaped
 * like a credential (Bearer tokens, `sk-...` keys, `Authorization: ...` headers). Pure.
 */
export declare const REDACTED = "[redacted]";
/** True for a word that is a random token (long, mixed case and digits), not a name or a sentence word. */
export declare function looksLikeToken(word: string): boolean;
/**
 * `text` with every value of `secrets` (and its URL-encoded form) and every credential-shaped
 * substring replaced by `[redacted]`.
 */
export declare function redactSecrets(text: string, secrets?: Iterable<string>): string;
