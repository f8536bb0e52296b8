// Writes schema/manifest.schema.json from the manifest's field definitions and
// schema/report.schema.json from the report's (`npm run schema`).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSchema, SCHEMA_FILE } from '../src/manifest/schema.js';
import { renderReportSchema, REPORT_SCHEMA_FILE } from '../src/report/schema.js';

for (const [file, text] of [[SCHEMA_FILE, renderSchema()], [REPORT_SCHEMA_FILE, renderReportSchema()]] as const) {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  process.stdout.write(`wrote ${file}\n`);
}
