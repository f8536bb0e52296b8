/**
 * Bringing a finished video into the output folder: the MP4 at `videos/<stem>.mp4`, the requested
 * preview images beside it, and what a refused download means (expired, or a retry's business).
 */
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { ProviderError, type AssetVariant, type Provider } from '../providers/types.js';
import type { JobSpec, RemoteStatus } from '../types.js';
import { systemClock, type Clock } from './clock.js';
import { saveStream } from './download.js';
import type { Requester } from './requests.js';
import { JobStop } from './result.js';
import { readVideoHeader, type VideoHeader } from './video-header.js';

export type VariantPaths = { -readonly [V in AssetVariant]?: string | null };

/** What the video file's header says it is (JobResult.actual); absent when there is no file. */
export interface ActualVideo {
  actual?: VideoHeader | null;
}

export interface CollectorOptions {
  readonly requester: Requester;
  readonly outDir: string;
  /** Preview images to fetch beside each video. @default [] */
  readonly variants?: readonly AssetVariant[];
  /** The runner's clock, which job deadlines are read on. @default systemClock */
  readonly clock?: Clock;
}

/** What a job's collection answers to besides the job itself. */
export interface CollectLimits {
  /** The job's deadline (`--timeout`, on the runner's clock); 0 or absent = none. */
  readonly deadline?: number;
  /** The job's decisions, where a dropped preview is noted. */
  readonly decisions?: string[];
}

/** Where a job's video goes: `file` relative to the output folder (with `/`), `target` absolute. */
export interface VideoPaths {
  readonly file: string;
  readonly target: string;
}

/** The `expired` end of a job, with what to do about it. */
export function expiredStop(why: string): JobStop {
  return new JobStop('expired', {
    code: 'expired',
    message: `${why}; run again with --regenerate-expired (action input regenerate-expired) to make it again, which pays again`,
  });
}

/**
 * A download refused because the finished video is gone (404 or 410). Providers that know when
 * a link expires say so in `RemoteStatus.expiresAt` (OpenAI, Seedance); this covers the rest.
 */
export function isGone(error: unknown): error is ProviderError {
  return error instanceof ProviderError && (error.details.status === 404 || error.details.status === 410);
}

/** File extensions of the preview types APIs serve; a preview of unstated type is saved as `.png`. */
const PREVIEW_EXTENSIONS: Readonly<Record<string, string>> = { 'image/png': 'png', 'image/webp': 'webp', 'image/jpeg': 'jpg' };

/** A preview's file extension from its content type: `image/webp` -> `webp`, any other `image/x` -> `x`. */
export function previewExtension(contentType: string | undefined): string {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return PREVIEW_EXTENSIONS[type] ?? /^image\/([a-z0-9]+)$/.exec(type)?.[1] ?? 'png';
}

export class Collector {
  private readonly videosDir: string;

  constructor(private readonly options: CollectorOptions) {
    this.videosDir = resolve(options.outDir, 'videos');
  }

  /** The video's place for a file stem; a stem that would leave `videos/` is a bug, not user input. */
  paths(stem: string): VideoPaths {
    const target = resolve(this.videosDir, `${stem}.mp4`);
    if (!target.startsWith(this.videosDir + sep)) throw new Error(`unsafe file name ${stem}`);
    return { file: `videos/${stem}.mp4`, target };
  }

  /**
   * Downloads the video (retried like every read) and its previews, all by the job's deadline.
   * @throws JobStop `expired` when the server no longer serves the finished video, `bad_download`
   *   when what arrived is not a video, `timed_out` when the deadline passed first
   */
  async collect(job: JobSpec, provider: Provider, videoId: string, status: RemoteStatus, stem: string, limits: CollectLimits = {}): Promise<{ file: string; bytes: number } & VariantPaths & ActualVideo> {
    const { file, target } = this.paths(stem);
    const deadline = limits.deadline ?? 0;
    const clock = this.options.clock ?? systemClock;
    // The job's deadline as a signal: a body that drips a byte now and then never trips the
    // idle timeout, so this is what ends it.
    const late = new AbortController();
    const stop = new AbortController();
    if (deadline > 0) void clock.sleep(deadline - clock.now(), stop.signal).then(() => late.abort(), () => undefined);
    const bounded = (s: AbortSignal): AbortSignal => (deadline > 0 ? AbortSignal.any([s, late.signal]) : s);
    try {
      const bytes = await this.options.requester
        .send(job, 'download', async (s) => {
          const signal = bounded(s);
          return saveStream(await provider.download(videoId, status, signal), target, signal, 'video');
        }, deadline)
        .catch((error: unknown) => {
          if (late.signal.aborted) throw new JobStop('timed_out', { code: 'timeout', message: `the download did not finish by the job's deadline (--timeout); run again to download it (it is not paid for twice)` });
          // APIs that state no expiry (Veo, the generations shape) say it this way.
          throw isGone(error) ? expiredStop(`the finished video is no longer downloadable (${error.message}); it has expired on the server`) : error;
        });
      return { file, bytes, actual: readVideoHeader(target), ...(await this.previews(job, provider, videoId, stem, bounded, limits.decisions)) };
    } finally {
      stop.abort();
    }
  }

  /** For a job done in an earlier run: the requested preview images already on disk, and the video's header. */
  onDisk(stem: string): VariantPaths & ActualVideo {
    const { target } = this.paths(stem);
    const previews: VariantPaths = Object.fromEntries(
      (this.options.variants ?? []).map((variant) => {
        const files = Object.values(PREVIEW_EXTENSIONS).map((extension) => `videos/${stem}.${variant}.${extension}`);
        return [variant, files.find((file) => existsSync(join(this.options.outDir, file))) ?? null];
      }),
    );
    return existsSync(target) ? { ...previews, actual: readVideoHeader(target) } : previews;
  }

  /**
   * Preview images beside a downloaded video: one that fails is recorded as null and never fails
   * the job; one that is not an image is noted in the job's decisions.
   */
  private async previews(job: JobSpec, provider: Provider, videoId: string, stem: string, bounded: (s: AbortSignal) => AbortSignal, decisions?: string[]): Promise<VariantPaths> {
    const paths: VariantPaths = {};
    for (const variant of this.options.variants ?? []) {
      try {
        if (!provider.downloadVariant) throw new Error(`${provider.name} serves no ${variant}`);
        const save = async (s: AbortSignal): Promise<string> => {
          const signal = bounded(s);
          const download = await provider.downloadVariant!(videoId, variant, signal);
          // Named by what the server says it is (OpenAI: WebP thumbnail, JPEG spritesheet).
          const file = `videos/${stem}.${variant}.${previewExtension(download.contentType)}`;
          await saveStream(download, join(this.options.outDir, file), signal, 'image');
          return file;
        };
        paths[variant] = await this.options.requester.send(job, variant, save, 0);
      } catch (error) {
        paths[variant] = null;
        if (error instanceof JobStop && error.info.code === 'bad_download') decisions?.push(`${variant} not saved: ${error.message}`);
      }
    }
    return paths;
  }
}
