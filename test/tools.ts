/**
 * The system tools some tests need, and the line `npm test` prints when one is missing so a
 * skipped test is never silent. .ci/run installs both, so CI runs everything.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Debian's chromium, driven by playwright-core (the report.html tests). */
export const CHROMIUM = '/usr/bin/chromium';

export interface Tools {
  readonly chromium: boolean;
  /** ffprobe and ffmpeg, from Debian's ffmpeg (the tests that decode what the simulator makes). */
  readonly ffprobe: boolean;
}

/** What this machine has. */
export function installedTools(): Tools {
  const runs = (tool: string): boolean => spawnSync(tool, ['-version']).status === 0;
  return { chromium: existsSync(CHROMIUM), ffprobe: runs('ffprobe') && runs('ffmpeg') };
}

/** One line naming the tests skipped for want of a tool and how to install it; undefined when none are. */
export function skippedNote(tools: Tools): string | undefined {
  const missing = [
    ...(tools.chromium
      ? []
      : [{ tests: 'report.html and its Compare view in Chromium (test/html-report-in-chromium.test.ts, test/compare-view-plays-rows-and-keeps-picks.test.ts)', pkg: 'chromium' }]),
    ...(tools.ffprobe
      ? []
      : [{ tests: 'the simulator\'s H.264 and previews decoded by ffmpeg (test/simulator-content.test.ts, test/previews-are-saved-as-the-type-served.test.ts)', pkg: 'ffmpeg' }]),
  ];
  if (missing.length === 0) return undefined;
  return `skipped: ${missing.map((m) => m.tests).join('; ')}. To run them: apt-get install ${missing.map((m) => m.pkg).join(' ')}`;
}
