/** A matcher for an allow-list of model ids whose entries match exactly, or by prefix when they end in `*`. Pure. */
export declare function modelAllowList(models: readonly string[]): (model: string) => boolean;
