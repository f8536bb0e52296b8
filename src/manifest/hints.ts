/** Small text helpers for issue messages: did-you-mean hints and safe echoing of user values. */
import { looksLikeToken, REDACTED, redactSecrets } from '../redact.js';

/** Levenshtein distance between two strings (by UTF-16 code unit; names here are ASCII). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known name closest to `name` within edit distance 2 (case-insensitive), if any. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `; did you mean "prompt"?` when a known name is close, else an empty string. */
export function didYouMean(name: string, known: readonly string[]): string {
  const hint = closest(name, known);
  return hint === undefined ? '' : `; did you mean "${hint}"?`;
}

/** `NAME=value` / `NAME: value` where NAME says it holds a secret (an .env or config file read as a manifest). */
const SECRET_ASSIGNMENT = /\b([A-Za-z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD)[A-Za-z0-9_]*["']?\s*[=:]\s*["']?)[^\s"']+/gi;

/**
 * A user value quoted for a message: its first line only, credentials and random tokens masked,
 * JSON-escaped and cut to a readable length. A file that was never a manifest (an .env, a key
 * file) must not be printed into logs and annotations through its error messages.
 */
export function quote(value: string, max = 60): string {
  const lines = value.split(/\r\n|\r|\n/);
  let safe = redactSecrets(lines[0] ?? '').replace(SECRET_ASSIGNMENT, `$1${REDACTED}`);
  safe = safe
    .split(/(\s+)/)
    .map((word) => (looksLikeToken(word) ? REDACTED : word))
    .join('');
  const more = lines.length > 1 && lines.slice(1).some((line) => line.trim() !== '');
  const cut = safe.length > max ? `${safe.slice(0, max)}…` : more ? `${safe} …` : safe;
  return JSON.stringify(cut);
}
