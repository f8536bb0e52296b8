import { execFileSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestError, readManifest, type ReadOptions } from '../src/manifest/index.js';
import { caught, runCli, useResources } from './helpers.js';

const options: ReadOptions = { defaultModel: () => 'sora-2' };
const KEY = 'sk-proj-Zx81abcdefghijklmnopqrstuvwxyz0123456789';
const PASSWORD = 'hunter2-Very-Secret';
const ENV_FILE = `OPENAI_API_KEY=${KEY}\nDB_PASSWORD=${PASSWORD}\n`;

async function messageOf(path: string): Promise<string> {
  const error = await caught(readManifest(path, options));
  expect(error).toBeInstanceOf(ManifestError);
  return (error as ManifestError).message;
}

describe('manifest errors never print what a secret file holds', () => {
  const use = useResources();

  it('refuses a manifest that is a symlink, before reading it', async () => {
    const t = await use.folder();
    await writeFile(join(t.dir, '.env'), ENV_FILE);
    await symlink(join(t.dir, '.env'), join(t.dir, 'jobs.yaml'));
    const message = await messageOf(join(t.dir, 'jobs.yaml'));
    expect(message).toBe(`${join(t.dir, 'jobs.yaml')}: cannot read the manifest: it is a symlink; give the path of the manifest file itself`);
    const cli = await runCli(['run', join(t.dir, 'jobs.yaml'), '--dry-run'], {});
    expect(cli.code).toBe(2);
    expect(cli.stderr).not.toContain(KEY.slice(8, 20));
  });

  it('refuses a FIFO instead of waiting on it', async () => {
    const t = await use.folder();
    execFileSync('mkfifo', [join(t.dir, 'jobs.yaml')]);
    expect(await messageOf(join(t.dir, 'jobs.yaml'))).toMatch(/it is not a regular file/);
  });

  it.each([
    ['an .env file named .yaml', 'jobs.yaml', ENV_FILE],
    ['an .env file named .csv', 'jobs.csv', ENV_FILE],
    ['a key as a field value', 'jobs.yaml', `- prompt: a fox\n  seconds: ${KEY}\n  size: ${PASSWORD}Ab1234567890123456789\n`],
    ['a key in a shell export', 'jobs.yaml', `export OPENAI_API_KEY="${KEY}"\n`],
  ])('%s: errors name the line, never the secret', async (_name, file, text) => {
    const t = await use.folder();
    await writeFile(join(t.dir, file), text);
    const message = await messageOf(join(t.dir, file));
    expect(message).toMatch(new RegExp(`^${join(t.dir, file)}:\\d+: `));
    expect(message).not.toContain(KEY.slice(8, 20));
    expect(message).not.toContain(PASSWORD);
  });
});
