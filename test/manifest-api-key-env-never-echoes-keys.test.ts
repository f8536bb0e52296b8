import { describe, expect, it } from 'vitest';
import { ManifestError, formatIssue, parseManifest } from '../src/manifest/index.js';

const options = { file: 'keys.yaml', manifestDir: '/m', defaultModel: () => 'sora-2' };

describe('api_key_env holds a variable name, never a key', () => {
  it.each([
    ['an OpenAI-style key', 'sk-proj-Abc123dEf456gHi789jKl012mNo345pQr678'],
    ['a long opaque token', 'A'.repeat(65)],
    ['a mixed-case random token', 'Xy7Qw2Er9Tz4Ui8Op3As6Df1Gh5Jk0Lm'],
  ])('%s is rejected and the message does not contain it', (_label, key) => {
    const result = parseManifest(`- prompt: a fox\n  api_key_env: ${key}\n`, options);
    if (result.ok) throw new Error('expected a rejection');
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue).toMatchObject({ line: 2, field: 'api_key_env' });
    expect(issue?.message).toMatch(/looks like an API key.*write the variable's name here/);
    expect(formatIssue(issue!)).not.toContain(key.slice(0, 12));
    expect(new ManifestError(result.issues).message).not.toContain(key.slice(0, 12));
  });

  it('a key-like value in defaults is not echoed either', () => {
    const key = 'sk-live-0123456789abcdefABCDEF';
    const result = parseManifest(`defaults:\n  api_key_env: ${key}\njobs:\n  - prompt: a\n`, options);
    if (result.ok) throw new Error('expected a rejection');
    expect(result.issues.map(formatIssue).join('\n')).not.toContain('0123456789');
    expect(result.issues).toHaveLength(1);
  });

  it('ordinary variable names are accepted', () => {
    const result = parseManifest('- prompt: a\n  api_key_env: OPENAI_API_KEY\n- prompt: b\n  api_key_env: _team_key2\n', options);
    expect(result.ok && result.manifest.jobs.map((job) => job.apiKeyEnv)).toEqual(['OPENAI_API_KEY', '_team_key2']);
  });
});
