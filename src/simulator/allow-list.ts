/** A matcher for an allow-list of model ids whose entries match exactly, or by prefix when they end in `*`. Pure. */
export function modelAllowList(models: readonly string[]): (model: string) => boolean {
  return (model) => models.some((entry) => (entry.endsWith('*') ? model.startsWith(entry.slice(0, -1)) : model === entry));
}
