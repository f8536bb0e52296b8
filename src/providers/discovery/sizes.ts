/**
 * `WIDTHxHEIGHT` sizes and the aspect ratio + resolution pairs vendors take instead: a pair's
 * nominal size has the resolution as its short side and the long side from the ratio, rounded to
 * an even number of pixels (`16:9` at `480p` is `854x480`, at `720p` `1280x720`, `21:9` at `480p`
 * `1120x480`). A size maps to a pair only when it is that pair's nominal size exactly. Pure.
 */

/** The short side of a resolution word: `720p` -> 720, `4k` -> 2160; undefined for `auto` and the like. */
export function resolutionPixels(word: string): number | undefined {
  const lower = word.trim().toLowerCase();
  if (lower === '4k' || lower === 'uhd') return 2160;
  if (lower === '2k') return 1440;
  const match = /^([1-9]\d*)p$/.exec(lower);
  return match ? Number(match[1]) : undefined;
}

/** `16:9` as [16, 9]; undefined for `auto` and the like. */
export function ratioParts(word: string): [number, number] | undefined {
  const match = /^([1-9]\d*(?:\.\d+)?):([1-9]\d*(?:\.\d+)?)$/.exec(word.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** The nominal `WIDTHxHEIGHT` of a ratio at a resolution (short side = resolution). */
export function nominalSize(ratio: string, resolution: string): string | undefined {
  const parts = ratioParts(ratio);
  const short = resolutionPixels(resolution);
  if (!parts || short === undefined) return undefined;
  const [w, h] = parts;
  const long = Math.round((short * Math.max(w, h)) / Math.min(w, h) / 2) * 2;
  return w >= h ? `${long}x${short}` : `${short}x${long}`;
}

/** Resolutions at which a size is recognised when the vendor takes a ratio but no resolution. */
export const COMMON_RESOLUTIONS: readonly string[] = ['360p', '480p', '540p', '576p', '720p', '768p', '1080p', '1440p', '4k'];

/** Whether `size` is `ratio` exactly (by reduced fraction) or at one of the common resolutions. */
export function sizeHasRatio(size: string, ratio: string): boolean {
  const parts = ratioParts(ratio);
  const match = /^([1-9]\d*)x([1-9]\d*)$/.exec(size);
  if (!parts || !match) return false;
  if (Number(match[1]) * parts[1] === Number(match[2]) * parts[0]) return true;
  return COMMON_RESOLUTIONS.some((resolution) => nominalSize(ratio, resolution) === size);
}

/** The pair (ratio, resolution) among the given words whose nominal size is `size`, if any. */
export function pairForSize(size: string, ratios: readonly string[], resolutions: readonly string[]): { ratio: string; resolution: string } | undefined {
  for (const ratio of ratios) {
    for (const resolution of resolutions) if (nominalSize(ratio, resolution) === size) return { ratio, resolution };
  }
  return undefined;
}

/** Every nominal size the words can express, in their order. */
export function expressibleSizes(ratios: readonly string[], resolutions: readonly string[]): string[] {
  const sizes = ratios.flatMap((ratio) => resolutions.map((resolution) => nominalSize(ratio, resolution)));
  return [...new Set(sizes.filter((size): size is string => size !== undefined))];
}
