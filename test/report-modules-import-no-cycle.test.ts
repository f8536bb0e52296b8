import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPORT = join(import.meta.dirname, '..', 'src', 'report');

/**
 * Each report module's imports of other report modules (`./x.js`) that load code: `import type`
 * and `export type` are erased when compiled, so they cannot make a module load half-initialised.
 */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(REPORT).filter((name) => name.endsWith('.ts'))) {
    const text = readFileSync(join(REPORT, file), 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s+'\.\/([\w-]+)\.js'/gm)].map((match) => `${match[1]}.ts`);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the list of modules around it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('the report modules', () => {
  it('import each other in one direction only: no cycle (markdown.ts and overview.ts share a module below them)', () => {
    const graph = importGraph();
    expect(graph.get('overview.ts')).not.toContain('markdown.ts');
    expect(graph.get('markdown.ts')).toContain('overview.ts');
    expect(cycles(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });
});
