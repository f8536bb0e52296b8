/**
 * `video-batch simulate` serves every provider's API: it prints, for each, the variable and base
 * URL that point a run at it, so a newcomer need not guess the paths.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_MODULES } from '../src/providers/list.js';
import { startNode } from './helpers.js';

describe('video-batch simulate', () => {
  it('prints the base URL of every provider it serves, each as its variable', async () => {
    const { child, done } = startNode(resolve('dist/cli.js'), ['simulate', '--port', '0'], {});
    let text = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.split('\n').length > PROVIDER_MODULES.length + 1) child.kill('SIGTERM');
    });
    const ran = await done;
    const origin = /^simulator: (http:\/\/127\.0\.0\.1:\d+)/.exec(ran.stderr)?.[1];
    expect(origin).toBeDefined();
    for (const module of PROVIDER_MODULES) {
      expect(ran.stderr).toMatch(new RegExp(`^ +${module.name} +${module.env.baseUrlEnv}=${origin}${module.simulator.basePath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'm'));
    }
  });
});
