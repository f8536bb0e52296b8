/** Cycles among `remix_of` links between jobs of one manifest. */

export interface RemixLink {
  readonly id: string;
  /** Id of the job this one remixes. */
  readonly target: string;
}

/**
 * Every cycle among the links, each once, as the ids along it (`a -> b -> a` is `['a', 'b']`).
 * A job remixes at most one job, so following links from any job either ends or enters one cycle.
 */
export function remixCycles(links: readonly RemixLink[]): string[][] {
  const next = new Map(links.map((link) => [link.id, link.target]));
  const state = new Map<string, 'on-path' | 'done'>();
  const cycles: string[][] = [];
  for (const link of links) {
    const path: string[] = [];
    let current: string | undefined = link.id;
    while (current !== undefined && !state.has(current)) {
      state.set(current, 'on-path');
      path.push(current);
      current = next.get(current);
    }
    if (current !== undefined && state.get(current) === 'on-path') cycles.push(path.slice(path.indexOf(current)));
    for (const id of path) state.set(id, 'done');
  }
  return cycles;
}
