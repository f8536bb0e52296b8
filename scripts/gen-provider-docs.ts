// Writes docs/providers.md from its parts (`npm run docs`): see scripts/provider-docs.ts.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROVIDER_DOCS_FILE, providerDocs } from './provider-docs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await writeFile(join(root, PROVIDER_DOCS_FILE), await providerDocs(root));
process.stdout.write(`wrote ${PROVIDER_DOCS_FILE}\n`);
