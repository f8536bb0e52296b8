/**
 * CSV front end: a header row naming fields, then one job per record (RFC 4180 quoting, multi-line
 * quoted fields, UTF-8 with or without BOM). An empty cell means the field is absent.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { FIELD_NAMES, isFieldName, unknownFieldMessage } from './fields.js';
import { closest, quote } from './hints.js';
import type { FrontEndResult, RawField, RawJob } from './raw.js';
import type { ManifestIssue } from './types.js';

interface CsvRecord {
  readonly cells: readonly string[];
  /** 1-based line where the record starts. */
  readonly line: number;
}

/** Reads a CSV manifest into fields as written; never throws. */
export function readCsv(text: string, file: string): FrontEndResult {
  const issues: ManifestIssue[] = [];
  const issue = (line: number, message: string, extra: Partial<ManifestIssue> = {}): void => {
    issues.push({ file, line, ...extra, message });
  };
  const empty = { defaults: [], jobs: [] };

  let records: CsvRecord[];
  try {
    records = parseRecords(text);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    issue(csvErrorLine(error, text), csvErrorMessage(error));
    return { manifest: empty, issues };
  }

  const [header, ...rows] = records;
  if (header === undefined) {
    issue(1, 'the manifest is empty; the first line must be a header naming the columns, e.g. id,prompt,seconds');
    return { manifest: empty, issues };
  }

  // Column index -> field name, for the columns that name a known field (first occurrence wins).
  const columns = new Map<number, string>();
  const seen = new Set<string>();
  header.cells.forEach((cell, index) => {
    const name = cell.trim();
    if (name === '') {
      const used = rows.some((row) => (row.cells[index] ?? '').trim() !== '');
      if (used) issue(header.line, `column ${index + 1} has no name in the header but holds values`);
    } else if (seen.has(name)) {
      issue(header.line, `column ${quote(name)} appears twice in the header`);
    } else if (!isFieldName(name)) {
      issue(header.line, unknownFieldMessage(name, 'column'));
    } else {
      columns.set(index, name);
    }
    seen.add(name);
  });
  if (!seen.has('prompt')) {
    // A misspelt prompt column has its own issue with a hint; a second one would only repeat it.
    const misspelt = [...seen].some((name) => !isFieldName(name) && closest(name, FIELD_NAMES) === 'prompt');
    if (!misspelt) issue(header.line, 'the header has no "prompt" column; every job needs a prompt');
    return { manifest: empty, issues };
  }
  if (rows.length === 0) {
    issue(header.line, 'the manifest has no jobs; add one row per job under the header');
  }

  const jobs: RawJob[] = [];
  rows.forEach((record, index) => {
    const row = index + 1;
    // Spreadsheets export blank rows as ",,,"; they hold no job.
    if (record.cells.every((cell) => cell.trim() === '')) return;
    if (record.cells.length !== header.cells.length) {
      issue(
        record.line,
        `this row has ${record.cells.length} cells but the header has ${header.cells.length} columns; ` +
          'put text that contains commas in double quotes',
        { row },
      );
      return;
    }
    const fields: RawField[] = [];
    for (const [column, name] of columns) {
      const text = record.cells[column] ?? '';
      if (text.trim() !== '') fields.push({ name, line: record.line, value: { kind: 'text', text } });
    }
    jobs.push({ line: record.line, row, fields });
  });
  return { manifest: { defaults: [], jobs }, issues };
}

function parseRecords(text: string): CsvRecord[] {
  const output: unknown = parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
  });
  if (!Array.isArray(output)) return [];
  const lines = new LineIndex(text);
  const records: CsvRecord[] = [];
  let start = 0;
  for (const item of output) {
    if (!isInfoRecord(item)) throw new Error('csv-parse returned an unexpected shape');
    records.push({ cells: item.record, line: lines.lineOfRecordAt(start) });
    // info.bytes is the byte offset just past this record, so the next one starts there.
    start = item.info.bytes;
  }
  return records;
}

function isInfoRecord(item: unknown): item is { record: string[]; info: { bytes: number } } {
  if (typeof item !== 'object' || item === null || !('record' in item) || !('info' in item)) return false;
  const { record, info } = item;
  return (
    Array.isArray(record) && record.every((cell) => typeof cell === 'string') &&
    typeof info === 'object' && info !== null && 'bytes' in info && typeof info.bytes === 'number'
  );
}

/**
 * Maps byte offsets (what csv-parse reports) to 1-based lines. csv-parse's own `info.lines` is the
 * record's last line and miscounts CRLF inside quoted fields, so lines are counted here instead.
 */
class LineIndex {
  private readonly bytes: Buffer;
  /** Byte offset where each line starts. */
  private readonly starts: number[] = [0];

  constructor(text: string) {
    this.bytes = Buffer.from(text, 'utf8');
    for (let i = 0; i < this.bytes.length; i++) {
      const byte = this.bytes[i];
      if (byte === 0x0a || (byte === 0x0d && this.bytes[i + 1] !== 0x0a)) this.starts.push(i + 1);
    }
  }

  /** Line of the first byte at or after `offset` that is not a line break (skipped blank lines). */
  lineOfRecordAt(offset: number): number {
    let position = offset;
    while (this.bytes[position] === 0x0a || this.bytes[position] === 0x0d) position++;
    return this.lineOf(position);
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
}

function csvErrorLine(error: CsvError, text: string): number {
  // csv-parse's `bytes` on an error is where the failing record starts.
  if (typeof error.bytes === 'number') return new LineIndex(text).lineOfRecordAt(error.bytes);
  return typeof error.lines === 'number' ? error.lines : 1;
}

function csvErrorMessage(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'CSV syntax error: a quoted field that starts in this record is never closed; add the missing closing "';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'CSV syntax error: a closing quote is followed by more text; inside a quoted field write a quote as two quotes ("")';
    default: {
      const first = error.message.split('\n')[0] ?? error.message;
      return `CSV syntax error: ${first.replace(/ at line \d+.*$/, '')}`;
    }
  }
}
