import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { PROVIDER_TRAITS } from '../src/providers/catalog.js';
import { PROVIDER_MODULES, PROVIDER_NAMES } from '../src/providers/list.js';
import { endpointFor } from '../src/providers/registry.js';
import { simulatorBaseUrl } from '../src/simulate.js';
import { PROVIDER_NAMES as NAMES_FROM_TYPES } from '../src/types.js';

const root = join(import.meta.dirname, '..');

/** Every runtime import cycle among src/ files reachable from `entries` (type-only imports are erased). */
async function importCycles(entries: readonly string[]): Promise<string[]> {
  const result = await build({ entryPoints: [...entries], bundle: true, write: false, platform: 'node', format: 'esm', metafile: true, outdir: join(root, '.cycles'), packages: 'external', logLevel: 'silent' });
  const graph = new Map(Object.entries(result.metafile.inputs).map(([file, input]) => [file, input.imports.map((i) => i.path).filter((p) => p.startsWith('src/'))]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (file: string, stack: string[]): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
      else if (!state.has(next)) visit(next, stack);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file, []);
  return cycles;
}

describe('the list of provider modules', () => {
  it('names each provider once, in list order, and src/types.ts re-exports the same names', () => {
    expect(PROVIDER_NAMES).toEqual(PROVIDER_MODULES.map((module) => module.name));
    expect(new Set(PROVIDER_NAMES).size).toBe(PROVIDER_NAMES.length);
    expect(NAMES_FROM_TYPES).toBe(PROVIDER_NAMES);
    expect(PROVIDER_NAMES[0]).toBe('openai');
  });

  it('has one folder per module, named after it, holding its index.ts', () => {
    for (const name of PROVIDER_NAMES) expect(existsSync(join(root, 'src/providers', name, 'index.ts')), name).toBe(true);
  });

  it('is what the registry, the catalog checks and the simulator read', () => {
    for (const module of PROVIDER_MODULES) {
      expect(PROVIDER_TRAITS[module.name]).toBe(module.traits);
      expect(simulatorBaseUrl({ origin: 'http://127.0.0.1:1' }, module.name)).toBe(`http://127.0.0.1:1${module.simulator.basePath}`);
      const job = { id: 'j', prompt: 'p', provider: module.name, model: module.traits.defaultModel, source: { file: 'm.yaml', line: 1 } };
      const env = { [module.env.baseUrlEnv]: 'https://gateway.example/v1', ...(module.env.keyEnv ? { [module.env.keyEnv]: 'k' } : {}) };
      expect(endpointFor(job, env)).toEqual({ provider: module.name, baseUrl: 'https://gateway.example/v1', apiKeyEnv: module.env.keyEnv });
    }
  });

  it('has no runtime import cycle through src/types.ts or the list (modules import only types from src/types.ts)', async () => {
    const cycles = await importCycles(['src/cli.ts', 'src/lib.ts', 'src/index.ts']);
    expect(cycles.filter((cycle) => cycle.includes('src/types.ts') || cycle.includes('src/providers/'))).toEqual([]);
  });
});
