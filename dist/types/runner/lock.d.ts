/** This boot of the machine, where Linux says it. */
export declare function bootId(): string | undefined;
/** When `pid` started (clock ticks after boot), where /proc says it. */
export declare function processStart(pid: number): string | undefined;
/**
 * Takes `<outDir>/.video-batch.lock` so two runs never interleave on one folder. A lock left by a
 * run that no longer runs on this host (a kill -9, a reboot, a pid now used by another process) is
 * taken over, by exactly one of the runs that find it. Returns the release function.
 * @throws ConfigError when another live run holds the folder.
 */
export declare function lockFolder(path: string, now?: () => number): () => void;
