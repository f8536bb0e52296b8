import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useResources, writeManifest } from './helpers.js';

const KEY = { OPENAI_API_KEY: 'sk-test-secret-key-0123456789', GEMINI_API_KEY: 'gem-test-key-0123456789' };

describe('a base URL that is not an http(s) URL, or carries a password, is refused before anything is written', () => {
  const use = useResources();

  it.each([
    ['--base-url bogus', ['--base-url', 'bogus'], {}, /^--base-url is not a URL/],
    ['--base-url ftp://x/v1', ['--base-url', 'ftp://x/v1'], {}, /^--base-url has the scheme ftp:, not http or https/],
    ['--base-url with user:password@', ['--base-url', 'https://me:hunter2-pass@api.example.com/v1'], {}, /^--base-url must not contain a user name or password/],
    ['OPENAI_BASE_URL bogus', [], { OPENAI_BASE_URL: 'bogus' }, /^OPENAI_BASE_URL is not a URL/],
    ['OPENAI_BASE_URL ftp://x/v1', [], { OPENAI_BASE_URL: 'ftp://x/v1' }, /^OPENAI_BASE_URL has the scheme ftp:/],
    ['OPENAI_BASE_URL with user:password@', [], { OPENAI_BASE_URL: 'http://me:hunter2-pass@127.0.0.1:9/v1' }, /^OPENAI_BASE_URL must not contain a user name or password/],
  ])('%s: exit 2, one line naming where it came from, no output folder', async (_name, flags, env, message) => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- prompt: a fox\n');
    const out = join(t.dir, 'out');
    const result = await runCli(['run', manifest, '--out', out, ...flags], { ...KEY, ...env });
    expect(result.code).toBe(2);
    // The last line (a retired-model warning may come first), and the only error.
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(message);
    expect(result.stderr).not.toMatch(/uncertain|\n\s+at /);
    expect(result.stderr).not.toContain('hunter2');
    expect(existsSync(out)).toBe(false);
  });

  it('checks the variable of every provider a job uses, even without --base-url', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {provider: veo, prompt: a fox}\n');
    const out = join(t.dir, 'out');
    const result = await runCli(['run', manifest, '--out', out], { ...KEY, GEMINI_BASE_URL: 'https://u:hunter2-pass@example.com/v1beta' });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^GEMINI_BASE_URL must not contain a user name or password/);
    expect(result.stderr).not.toContain('hunter2');
    expect(existsSync(out)).toBe(false);
  });

  it('a dry run refuses a bad --base-url too', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- prompt: a fox\n');
    const result = await runCli(['run', manifest, '--dry-run', '--base-url', 'bogus'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--base-url is not a URL/);
  });
});
