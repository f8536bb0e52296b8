/**
 * The text helpers report.md, its overview, the job summary and report.html share: escaping for
 * markdown cells and code spans, and a duration in words. Below every renderer, importing none.
 */
/** Makes user or server text inert inside a markdown table cell. */
export declare function escapeCell(text: string): string;
/** Inline code for ids and codes: no markdown inside, so only backticks, pipes and newlines need care. */
export declare function codeSpan(text: string): string;
/** `42s`, `3m 5s`, `2h 10m`; empty for null. */
export declare function formatDuration(ms: number | null): string;
