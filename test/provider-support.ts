/** Shared by the provider-*.test.ts files: run a manifest for one provider against the simulator. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { simulatorBaseUrl, type Simulator } from '../src/simulate.js';
import type { ProviderName } from '../src/types.js';
import { runAgainst, serverBytes, writeManifest } from './helpers.js';

export interface ReportJob {
  id: string;
  provider: ProviderName;
  model: string;
  seconds: number | null;
  size: string | null;
  status: string;
  rawStatus: string | null;
  videoId: string | null;
  file: string | null;
  attempts: number;
  decisions: string[];
  error: { code: string; message: string } | null;
}

/**
 * A workload identity federation file (what google-github-actions/auth writes) whose token_url is
 * the simulator's token exchange: google-auth-library gets Vertex AI's token from `sim`.
 */
export function simulatorGoogleCredentials(sim: Simulator): string {
  const dir = mkdtempSync(join(tmpdir(), 'video-batch-gcp-'));
  writeFileSync(join(dir, 'subject-token'), 'simulated-oidc-token');
  const file = join(dir, 'credentials.json');
  const credentials = {
    type: 'external_account',
    audience: '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/sim/providers/sim',
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: `${sim.origin}/vertex/oauth2/token`,
    credential_source: { file: join(dir, 'subject-token') },
  };
  writeFileSync(file, JSON.stringify(credentials));
  return file;
}

/** Keys and base URLs for every provider, all pointing at `sim` (openai shapes get it via --base-url). */
export function simulatorEnv(sim: Simulator): Record<string, string> {
  return {
    GOOGLE_APPLICATION_CREDENTIALS: simulatorGoogleCredentials(sim),
    GOOGLE_CLOUD_PROJECT: 'sim-project',
    VERTEX_BASE_URL: simulatorBaseUrl(sim, 'vertex'),
    VERTEX_STORAGE_BASE_URL: `${sim.origin}/vertex/storage/v1`,
    OPENAI_API_KEY: 'sk-test-openai',
    GEMINI_API_KEY: 'gm-test-gemini',
    ARK_API_KEY: 'ark-test-modelark',
    GEMINI_BASE_URL: simulatorBaseUrl(sim, 'veo'),
    ARK_BASE_URL: simulatorBaseUrl(sim, 'seedance'),
    FAL_KEY: 'fal-test-key',
    FAL_BASE_URL: simulatorBaseUrl(sim, 'fal'),
    REPLICATE_API_TOKEN: 'r8-test-replicate',
    REPLICATE_BASE_URL: simulatorBaseUrl(sim, 'replicate'),
    OPENROUTER_API_KEY: 'sk-or-test-openrouter',
    OPENROUTER_BASE_URL: simulatorBaseUrl(sim, 'openrouter'),
  };
}

/** Writes `jobs` (YAML lines) as a manifest in `dir`, runs it against `sim`, and returns the report. */
export async function runManifest(sim: Simulator, dir: string, yaml: string, concurrency = 2) {
  const manifest = await writeManifest(dir, 'm.yaml', yaml);
  const outDir = join(dir, 'out');
  const result = await runAgainst(sim, { manifest, outDir, concurrency }, { env: simulatorEnv(sim) });
  const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as { jobs: ReportJob[]; summary: Record<string, number> };
  return { result, report, outDir };
}

/** The simulator's own id of the video made for `prompt` (every shape shares one store). */
export function storeId(sim: Simulator, prompt: string): string {
  const record = [...sim.stats.videos.values()].find((video) => video.prompt === prompt);
  if (!record) throw new Error(`no video for ${prompt}`);
  return record.id;
}

/** Every completed job's file equals the simulator's bytes for it, and no temporary file is left. */
export async function expectVideosExact(sim: Simulator, outDir: string, jobs: readonly ReportJob[], promptOf: (id: string) => string): Promise<void> {
  for (const job of jobs) {
    expect(job.status).toBe('completed');
    const onDisk = await readFile(join(outDir, job.file!));
    expect(onDisk.equals(await serverBytes(sim, storeId(sim, promptOf(job.id))))).toBe(true);
  }
  expect((await readdir(join(outDir, 'videos'))).filter((f) => !f.endsWith('.mp4'))).toEqual([]);
}

/** A valid 1x1 PNG. */
export async function writePng(dir: string, name: string): Promise<string> {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  const path = join(dir, name);
  await writeFile(path, png);
  return path;
}
