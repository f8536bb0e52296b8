/**
 * How simulated models differ, so a run comparing them (a manifest `matrix:`) has figures that
 * mean something: each profile scales the queue and generation time of the models it matches and
 * may fail a share of their videos, chosen by a hash of model and prompt (the same prompt always
 * gets the same outcome). `video-batch run --simulate` uses SIMULATED_MODEL_PROFILES; a simulator
 * started without profiles (the tests' own) keeps its fixed timing.
 */
import { createHash } from 'node:crypto';
import { modelAllowList } from './allow-list.js';

export interface ModelProfile {
  /** Model id, or a prefix ending in `*`. The first matching profile applies. */
  readonly model: string;
  /** Multiplies queue and generation time. @default 1 */
  readonly timeFactor?: number;
  /** Share of videos (0..1) that fail with `upstream_error`. @default 0 */
  readonly failureRate?: number;
}

/** The default profiles of `--simulate`: Seedance fast, Veo slower, gateway-only models flakier. */
export const SIMULATED_MODEL_PROFILES: readonly ModelProfile[] = [
  { model: 'seedance-1-0-pro-fast-*', timeFactor: 0.5 },
  { model: 'seedance-1-0-lite-*', timeFactor: 0.6 },
  { model: 'seedance-*', timeFactor: 0.8 },
  { model: 'veo-3.1-fast-*', timeFactor: 1.6 },
  { model: 'veo-*', timeFactor: 2.5 },
  { model: 'sora-2-pro*', timeFactor: 2 },
  // Models only a gateway serves here: slower and one video in ten fails upstream.
  { model: 'kling-*', timeFactor: 1.4, failureRate: 0.1 },
  { model: 'wan-*', timeFactor: 1.2, failureRate: 0.1 },
];

/** The profile of `model`, if one matches. */
export function profileOf(profiles: readonly ModelProfile[], model: string): ModelProfile | undefined {
  return profiles.find((profile) => modelAllowList([profile.model])(model));
}

/** Whether a video of `model` for `prompt` fails under `profile`: a stable share of prompts, by hash. */
export function failsUpstream(profile: ModelProfile | undefined, model: string, prompt: string): boolean {
  const rate = profile?.failureRate ?? 0;
  if (rate <= 0) return false;
  const hash = Number.parseInt(createHash('sha256').update(`${model}\n${prompt}`, 'utf8').digest('hex').slice(0, 8), 16);
  return hash / 0x1_0000_0000 < rate;
}
