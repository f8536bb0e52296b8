/**
 * Takes secrets out of text that came from outside (a server's error, a manifest line) before
 * it is stored in a report or shown in a log: the run's own keys by value, and anything shaped
 * like a credential (Bearer tokens, `sk-...` keys, `Authorization: ...` headers). Pure.
 */

export const REDACTED = '[redacted]';

/** Keys shorter than this are not searched for: masking every `abc` would garble messages. */
const MIN_SECRET_LENGTH = 8;

const SHAPES: readonly RegExp[] = [
  // A header as a server may echo it: keep the name, drop the value (scheme and all).
  /\b((?:proxy-)?authorization|x-goog-api-key|x-api-key|api-key)(["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token)\s+)?[^\s"',;}]+/gi,
  /\bbearer\s+[A-Za-z0-9._~+/=-]{6,}/gi,
  /\b(?:sk|rk|pk)-[A-Za-z0-9_-]{8,}/g,
  /\bAIza[0-9A-Za-z_-]{20,}/g,
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g,
  /([?&](?:key|api_key|apikey|access_token|token)=)[^&\s"'#]+/gi,
];

/** True for a word that is a random token (long, mixed case and digits), not a name or a sentence word. */
export function looksLikeToken(word: string): boolean {
  return word.length >= 32 && /[a-z]/.test(word) && /[A-Z]/.test(word) && /\d/.test(word) && !word.includes('_');
}

/**
 * `text` with every value of `secrets` (and its URL-encoded form) and every credential-shaped
 * substring replaced by `[redacted]`.
 */
export function redactSecrets(text: string, secrets: Iterable<string> = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join(REDACTED);
  }
  for (const shape of SHAPES) {
    out = out.replace(shape, (match: string, ...groups: unknown[]) => {
      // Shapes with a leading capture keep it (a header's name, a query's `key=`).
      const name = typeof groups[0] === 'string' ? groups[0] : '';
      const separator = typeof groups[1] === 'string' ? groups[1] : '';
      return name === '' || !match.startsWith(name) ? REDACTED : `${name}${separator}${REDACTED}`;
    });
  }
  return out;
}
