import { describe, expect, it } from 'vitest';
import { skippedNote } from './tools.js';

describe('npm test says which tests it skipped for want of a tool', () => {
  it('names each skipped test and the package that brings its tool', () => {
    expect(skippedNote({ chromium: true, ffprobe: true })).toBeUndefined();
    expect(skippedNote({ chromium: false, ffprobe: true })).toBe(
      'skipped: report.html and its Compare view in Chromium (test/html-report-in-chromium.test.ts, test/compare-view-plays-rows-and-keeps-picks.test.ts). To run them: apt-get install chromium',
    );
    expect(skippedNote({ chromium: false, ffprobe: false })).toMatch(/^skipped: report\.html and its Compare view in Chromium .*; the simulator's H\.264 and previews decoded by ffmpeg .*\. To run them: apt-get install chromium ffmpeg$/);
  });
});
