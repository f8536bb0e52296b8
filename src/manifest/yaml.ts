/**
 * YAML front end: text -> fields as written, each with its line. Accepts a top-level list of jobs
 * or a mapping `{defaults, jobs}`; syntax errors and shape mistakes become issues.
 */
import { Composer, Lexer, LineCounter, Parser, YAMLParseError, isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type YAMLError, type YAMLMap, type YAMLSeq } from 'yaml';
import { isFieldName } from './fields.js';
import { didYouMean, quote } from './hints.js';
import type { FrontEndResult, RawField, RawJob, RawManifest, RawMatrix, RawValue } from './raw.js';
import type { ModelOverrides, PriceOverrides } from '../types.js';
import { readModels } from './models.js';
import { readMatrix } from './matrix.js';
import type { ManifestIssue } from './types.js';

/** Top-level keys of the mapping form. */
const TOP_LEVEL_KEYS = ['defaults', 'jobs', 'pricing', 'models', 'matrix'] as const;

interface Ranged {
  range?: readonly [number, number, number] | null;
}

/** Lexemes between two yields of `parseDocumentSteps`: a turn of the event loop every this many. */
const LEXEMES_PER_STEP = 20_000;

/**
 * `parseDocument(text, {lineCounter})` in steps: the lexing and parsing of a large file yield
 * every few thousand tokens, so a signal is heard while it is read (composing the document is the
 * one step left whole). Extra documents are an error, as `parseDocument` makes them.
 */
function* parseDocumentSteps(text: string, lineCounter: LineCounter): Generator<void, Document.Parsed> {
  const parser = new Parser(lineCounter.addNewLine);
  const composer = new Composer();
  const docs: Document.Parsed[] = [];
  const compose = (tokens: Iterable<Parameters<Composer['next']>[0]>): void => {
    for (const token of tokens) docs.push(...composer.next(token));
  };
  lineCounter.addNewLine(0);
  let lexemes = 0;
  for (const lexeme of new Lexer().lex(text)) {
    compose(parser.next(lexeme));
    if (++lexemes % LEXEMES_PER_STEP === 0) yield;
  }
  compose(parser.end());
  docs.push(...composer.end(true, text.length));
  const [doc, second] = docs;
  if (second) doc!.errors.push(new YAMLParseError([second.range[0], second.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
  return doc!;
}

/** Reads a YAML manifest into fields as written, yielding while it parses (see `parseDocumentSteps`); never throws. */
export function* readYamlSteps(text: string, file: string): Generator<void, FrontEndResult> {
  const lineCounter = new LineCounter();
  const doc = yield* parseDocumentSteps(text, lineCounter);
  const issues: ManifestIssue[] = [];
  const lineOf = (node: unknown, fallback = 1): number => {
    const range = (node as Ranged | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : fallback;
  };
  const issue = (line: number, message: string, extra: Partial<ManifestIssue> = {}): void => {
    issues.push({ file, line, ...extra, message });
  };
  const empty: RawManifest = { defaults: [], jobs: [] };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) issue(errorLine(error, lineCounter), syntaxMessage(error));
    return { manifest: empty, issues };
  }

  const contents = resolve(doc.contents, doc);
  if (contents === undefined || (isScalar(contents) && contents.value === null)) {
    issue(1, 'the manifest is empty; write a list of jobs ("- prompt: ...") or a mapping with "defaults" and "jobs"');
    return { manifest: empty, issues };
  }

  const mappingFields = (map: YAMLMap, job?: number): RawField[] => {
    const fields: RawField[] = [];
    for (const pair of map.items) {
      const key = resolve(pair.key, doc);
      const line = lineOf(pair.key, lineOf(map));
      if (!isScalar(key) || key.value === null) {
        issue(line, 'field names must be plain words such as "prompt"', { job });
        continue;
      }
      fields.push({ name: key.source ?? String(key.value), line, value: rawValue(pair.value, doc) });
    }
    return fields;
  };

  const readJobs = (list: unknown, listLine: number): RawJob[] => {
    if (!isSeq(list)) {
      issue(listLine, `"jobs" must be a list of jobs, each starting with "- prompt: ..." (got ${describe(list, doc)})`);
      return [];
    }
    if (list.items.length === 0) issue(listLine, 'the manifest has no jobs; add at least one "- prompt: ..."');
    const jobs: RawJob[] = [];
    list.items.forEach((item, index) => {
      const job = index + 1;
      const node = resolve(item, doc);
      const line = lineOf(item, listLine);
      if (!isMap(node)) {
        const hint = isScalar(node) && typeof node.value === 'string' ? '; to give only a prompt, write "- prompt: ..."' : '';
        issue(line, `a job must be a mapping of fields (got ${describe(item, doc)})${hint}`, { job });
        return;
      }
      jobs.push({ line, job, fields: mappingFields(node, job) });
    });
    return jobs;
  };

  if (isSeq(contents)) return { manifest: { defaults: [], jobs: readJobs(contents, lineOf(contents)) }, issues };

  if (!isMap(contents)) {
    issue(lineOf(contents), `a manifest must be a list of jobs or a mapping with "defaults" and "jobs" (got ${describe(contents, doc, true)})`);
    return { manifest: empty, issues };
  }

  let defaults: RawField[] = [];
  let jobs: RawJob[] = [];
  let sawJobs = false;
  let pricing: PriceOverrides | undefined;
  let models: ModelOverrides | undefined;
  let matrix: RawMatrix | undefined;
  for (const pair of contents.items) {
    const key = resolve(pair.key, doc);
    const name = isScalar(key) ? String(key.source ?? key.value) : '';
    const line = lineOf(pair.key, lineOf(contents));
    if (name === 'jobs') {
      sawJobs = true;
      jobs = readJobs(resolve(pair.value, doc), line);
    } else if (name === 'defaults') {
      const value = resolve(pair.value, doc);
      if (isMap(value)) defaults = mappingFields(value);
      else if (!(isScalar(value) && value.value === null) && value !== undefined) {
        issue(line, `"defaults" must be a mapping of fields, e.g. "seconds: 8" (got ${describe(pair.value, doc)})`);
      }
    } else if (name === 'pricing') {
      pricing = readPricing(resolve(pair.value, doc), line, lineOf, issue);
    } else if (name === 'models') {
      models = readModels(resolve(pair.value, doc), line, lineOf, issue);
    } else if (name === 'matrix') {
      matrix = readMatrix(pair.value, line, doc, lineOf, (node) => rawValue(node, doc), issue);
    } else {
      const message = isFieldName(name)
        ? `unknown top-level key ${quote(name)}: it is a job field; put jobs in a list under "jobs:", or make the whole file a list ("- prompt: ...")`
        : `unknown top-level key ${quote(name)}${didYouMean(name, TOP_LEVEL_KEYS) || '; known keys: defaults, jobs, pricing, models, matrix'}`;
      issue(line, message);
    }
  }
  if (!sawJobs) issue(lineOf(contents), 'no "jobs" list; add "jobs:" with one "- prompt: ..." per job');
  return { manifest: { defaults, jobs, ...(pricing ? { pricing } : {}), ...(models ? { models } : {}), ...(matrix ? { matrix } : {}) }, issues };
}

/**
 * Reads the YAML file beside a CSV manifest (`prompts.matrix.yaml`): the body of a `matrix:`
 * block, or a mapping with one `matrix:` key. Never throws.
 */
export function readMatrixFile(text: string, file: string): { matrix?: RawMatrix; issues: ManifestIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const issues: ManifestIssue[] = [];
  if (doc.errors.length > 0) {
    for (const error of doc.errors) issues.push({ file, line: errorLine(error, lineCounter), message: syntaxMessage(error) });
    return { issues };
  }
  const lineOf = (node: unknown, fallback = 1): number => {
    const range = (node as Ranged | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : fallback;
  };
  const issue = (line: number, message: string, extra: Partial<ManifestIssue> = {}): void => void issues.push({ file, line, ...extra, message });
  let node = resolve(doc.contents, doc);
  if (isMap(node) && node.items.length === 1 && isScalar(node.items[0]?.key) && node.items[0]?.key.value === 'matrix') node = node.items[0].value;
  const matrix = readMatrix(node, 1, doc, lineOf, (n) => rawValue(n, doc), issue);
  return { ...(matrix ? { matrix } : {}), issues };
}

const SIZE_KEY = /^(\d+x\d+|default)$/;

/** `pricing: {model: usdPerSecond | {WIDTHxHEIGHT|default: usdPerSecond}}`; every bad entry is an issue. */
function readPricing(
  node: unknown,
  line: number,
  lineOf: (node: unknown, fallback?: number) => number,
  issue: (line: number, message: string, extra?: Partial<ManifestIssue>) => void,
): PriceOverrides | undefined {
  if (!isMap(node)) {
    issue(line, '"pricing" must map model names to USD per second, e.g. "sora-2: 0.10"', { field: 'pricing' });
    return undefined;
  }
  const rate = (value: unknown, at: number, what: string): number | undefined => {
    const n = isScalar(value) ? Number(value.value) : Number.NaN;
    if (isScalar(value) && typeof value.value !== 'boolean' && value.value !== null && Number.isFinite(n) && n >= 0) return n;
    issue(at, `${what} must be a price in USD per second, e.g. 0.10`, { field: 'pricing' });
    return undefined;
  };
  const result: Record<string, number | Record<string, number>> = {};
  for (const pair of node.items) {
    const model = isScalar(pair.key) ? String(pair.key.value) : '';
    const at = lineOf(pair.key, line);
    if (isMap(pair.value)) {
      const bySize: Record<string, number> = {};
      for (const inner of pair.value.items) {
        const size = isScalar(inner.key) ? String(inner.key.value) : '';
        const innerAt = lineOf(inner.key, at);
        if (!SIZE_KEY.test(size)) {
          issue(innerAt, `pricing for ${quote(model)}: ${quote(size)} is not a size such as 1280x720 or "default"`, { field: 'pricing' });
          continue;
        }
        const n = rate(inner.value, innerAt, `pricing for ${quote(model)} at ${size}`);
        if (n !== undefined) bySize[size] = n;
      }
      result[model] = bySize;
    } else {
      const n = rate(pair.value, at, `pricing for ${quote(model)}`);
      if (n !== undefined) result[model] = n;
    }
  }
  return result;
}

/** Follows an alias to its anchored node; other values pass through. */
function resolve(node: unknown, doc: Document): unknown {
  return isAlias(node) ? node.resolve(doc) : (node ?? undefined);
}

function rawValue(node: unknown, doc: Document): RawValue {
  const value = resolve(node, doc);
  if (isMap(value)) return { kind: 'mapping', data: plainData(value, doc) };
  if (isSeq(value)) return { kind: 'list', data: plainData(value, doc) };
  if (!isScalar(value) || value.value === null) return { kind: 'empty', cleared: true };
  // The source spelling, so `id: 007` stays "007" and `seconds: 8.0` is reported as written.
  return { kind: 'text', text: value.source ?? String(value.value) };
}

/** A mapping as plain data (aliases resolved); undefined when it cannot be turned into one. */
function plainData(map: YAMLMap | YAMLSeq, doc: Document): unknown {
  try {
    return map.toJS(doc, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/** What a node is, for a message; `firstWordOnly` for a whole file's text, which may be no manifest at all (an .env). */
function describe(node: unknown, doc: Document, firstWordOnly = false): string {
  const value = rawValue(node, doc);
  switch (value.kind) {
    case 'text': {
      if (!firstWordOnly) return `text ${quote(value.text)}`;
      const [first = '', ...rest] = value.text.trim().split(/\s+/);
      return `text ${quote(rest.length > 0 ? `${first} …` : first)}`;
    }
    case 'list':
      return 'a list';
    case 'mapping':
      return 'a mapping';
    case 'empty':
      return 'nothing';
  }
}

function errorLine(error: YAMLError, lineCounter: LineCounter): number {
  return error.linePos?.[0].line ?? lineCounter.linePos(error.pos[0]).line;
}

function syntaxMessage(error: YAMLError): string {
  if (error.code === 'MULTIPLE_DOCS') {
    return 'YAML syntax error: the file holds more than one document ("---"); put all jobs in one list';
  }
  if (error.code === 'DUPLICATE_KEY') return 'YAML syntax error: this key appears twice in the same mapping';
  // yaml appends " at line L, column C:" and a source excerpt; the issue already names the line.
  const first = error.message.split('\n')[0] ?? error.message;
  return `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}
