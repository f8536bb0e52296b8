/**
 * `JSON.stringify(value, null, 2)` of an object, in pieces: one per top-level key and one per
 * element of a top-level array. The text is identical; a 10,000-job report.json is just never
 * held as one string.
 */
export function* jsonChunks(value: object): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => isSerialisable(v));
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{';
  for (const [index, [key, v]] of entries.entries()) {
    yield `${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(v) && v.length > 0) {
      yield '[';
      for (const [i, element] of v.entries()) {
        // JSON.stringify writes null for what it cannot serialise inside an array.
        const text = isSerialisable(element) ? indent(JSON.stringify(element, null, 2), '    ') : 'null';
        yield `${i === 0 ? '' : ','}\n    ${text}`;
      }
      yield '\n  ]';
    } else {
      yield indent(JSON.stringify(v, null, 2), '  ');
    }
  }
  yield '\n}\n';
}

function isSerialisable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

function indent(text: string, prefix: string): string {
  return text.replace(/\n/g, `\n${prefix}`);
}
