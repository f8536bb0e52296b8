// Writes schema/manifest.schema.json from the manifest's field definitions (`npm run schema`).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSchema, SCHEMA_FILE } from '../src/manifest/schema.js';

const path = join(dirname(fileURLToPath(import.meta.url)), '..', SCHEMA_FILE);
await mkdir(dirname(path), { recursive: true });
await writeFile(path, renderSchema());
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
