/** What every part of report.html shares: escaping, safe links, status words, icons and the lazy player. */
import type { JobOutcome } from '../types.js';
/** Makes text inert in HTML content and in quoted attribute values. */
export declare function escapeHtml(text: string): string;
/**
 * A relative path from the report as a URL: every segment percent-encoded, so a name can never
 * become a scheme (`javascript:`), a query or a fragment. Only leading `..` segments are kept
 * (a merged report's gallery reaches into the shards' folders beside it); any later one is dropped.
 */
export declare function relativeHref(path: string): string;
export declare const STATUS_LABELS: Readonly<Record<JobOutcome, string>>;
export declare const ICONS: {
    readonly film: "<svg width=\"20\" height=\"20\" viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\" aria-hidden=\"true\"><rect x=\"2\" y=\"4\" width=\"20\" height=\"16\" rx=\"3\"/><path d=\"m10 9 5 3-5 3z\" fill=\"currentColor\"/></svg>";
    readonly alert: "<svg width=\"16\" height=\"16\" viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\" aria-hidden=\"true\"><circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M12 8v5M12 16.5v.01\"/></svg>";
};
/**
 * A card's player, as a stand-in until the card comes near the screen: the poster is an
 * `<img loading="lazy">` (the browser loads only those in view) and the page script puts the
 * `<video>` in its place when the card comes near. 2,000 video elements cost seconds to build
 * even with nothing to load; a dozen cost nothing (issue 18, item 14). Without the script, the
 * poster links to the file.
 */
export declare function lazyPlayer(file: string, thumbnail: string | null | undefined, options?: {
    readonly muted?: boolean;
}): string;
