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
export declare function remixCycles(links: readonly RemixLink[]): string[][];
