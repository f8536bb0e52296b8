import { describe, expect, it } from 'vitest';
import { CATALOG } from '../src/providers/catalog.js';
import { runCli } from './helpers.js';

describe('video-batch models', () => {
  it('prints the catalog as a table: provider, model, status, durations, sizes, price per second, replacement', async () => {
    const ran = await runCli(['models'], {});
    expect(ran.code).toBe(0);
    const lines = ran.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^provider +model +status +seconds +sizes +usd\/s$/);
    // One line per row, a second for a model id too long for its column, one more per replacement.
    expect(lines.filter((line) => !line.startsWith(' ')).length).toBeGreaterThanOrEqual(CATALOG.length + 1);
    const sora = lines.findIndex((line) => line.startsWith('openai ') && line.includes(' sora-2 '));
    expect(lines[sora]).toMatch(/retired 2026-09-24 +4, 8, 12 +720p +\$0\.1$/);
    expect(lines[sora + 1]).toMatch(/^ +-> use seedance-1-0-pro-250528 \(provider: seedance\)/);
    expect(lines.find((line) => line.includes(' seedance-1-5-pro-251215 '))).toMatch(/^seedance +seedance-1-5-pro-251215 +ga +4 to 12/);
    // Sizes read as their resolution tiers, so rows fit a terminal (models <id> and --json list them all).
    expect(lines.find((line) => line.startsWith('vertex ') && line.includes(' veo-3.1-generate-001 '))).toMatch(/ 720p-4k /);
  });

  it('--provider keeps one provider\'s rows; --json prints every row with its status', async () => {
    const table = await runCli(['models', '--provider', 'veo'], {});
    expect(table.code).toBe(0);
    expect(table.stdout.trim().split('\n').slice(1).every((line) => line.startsWith('veo ') || line.startsWith('  -> use '))).toBe(true);

    const json = await runCli(['models', '--json'], {});
    expect(json.code).toBe(0);
    const { models } = JSON.parse(json.stdout) as { models: { provider: string; model: string; status: string }[] };
    expect(models).toHaveLength(CATALOG.length);
    expect(models.every((row) => ['preview', 'ga', 'deprecated', 'retired'].includes(row.status))).toBe(true);
    expect(models.find((row) => row.model === 'veo-3.1-generate-001' && row.provider === 'vertex')?.status).toBe('ga');

    const vertex = await runCli(['models', '--provider', 'vertex', '--json'], {});
    expect((JSON.parse(vertex.stdout) as { models: { provider: string }[] }).models.map((row) => row.provider)).toEqual(['vertex', 'vertex', 'vertex']);
  });

  it('an unknown --provider is a usage error naming the known ones', async () => {
    const ran = await runCli(['models', '--provider', 'sora'], {});
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/--provider takes one of openai, .*vertex.* \(got "sora"\)/);
  });
});
