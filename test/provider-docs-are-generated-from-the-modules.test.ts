import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_NAMES } from '../src/providers/list.js';
import { PROVIDER_DOCS_FILE, providerDocs } from '../scripts/provider-docs.js';

const root = join(import.meta.dirname, '..');

describe('docs/providers.md', () => {
  it('is exactly what `npm run docs` makes from the intro, each module\'s PROVIDER.md and the end (run it after editing one)', async () => {
    expect(await readFile(join(root, PROVIDER_DOCS_FILE), 'utf8')).toBe(await providerDocs(root));
  });

  it('has one section per provider, from the PROVIDER.md beside its module, in list order', async () => {
    const text = await readFile(join(root, PROVIDER_DOCS_FILE), 'utf8');
    for (const name of PROVIDER_NAMES) {
      const own = await readFile(join(root, 'src/providers', name, 'PROVIDER.md'), 'utf8');
      expect(own.split('\n')[0], name).toBe(`## ${name}`);
      expect(own, name).toMatch(/^### Sources$/m);
    }
    const order = PROVIDER_NAMES.map((name) => text.indexOf(`\n## ${name}\n`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("the README's provider table has a row for every provider, in list order", async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => line.startsWith('| `')).map((line) => /^\| `([^`]+)`/.exec(line)?.[1]);
    expect(rows.filter((name): name is string => (PROVIDER_NAMES as readonly string[]).includes(name ?? ''))).toEqual([...PROVIDER_NAMES]);
  });
});
