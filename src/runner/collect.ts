/**
 * Bringing a finished video into the output folder: the MP4 at `videos/<stem>.mp4`, the requested
 * preview images beside it, and what a refused download means (expired, or a retry's business).
 */
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { ProviderError, type AssetVariant, type Provider } from '../providers/types.js';
import type { JobSpec, RemoteStatus } from '../types.js';
import { saveStream } from './download.js';
import type { Requester } from './requests.js';
import { JobStop } from './result.js';

export type VariantPaths = { -readonly [V in AssetVariant]?: string | null };

export interface CollectorOptions {
  readonly requester: Requester;
  readonly outDir: string;
  /** Preview images to fetch beside each video. @default [] */
  readonly variants?: readonly AssetVariant[];
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
   * Downloads the video (retried like every read) and its previews.
   * @throws JobStop `expired` when the server no longer serves the finished video
   */
  async collect(job: JobSpec, provider: Provider, videoId: string, status: RemoteStatus, stem: string): Promise<{ file: string; bytes: number } & VariantPaths> {
    const { file, target } = this.paths(stem);
    const bytes = await this.options.requester
      .send(job, 'download', async (s) => saveStream(await provider.download(videoId, status, s), target, s), 0)
      .catch((error: unknown) => {
        // APIs that state no expiry (Veo, the generations shape) say it this way.
        throw isGone(error) ? expiredStop(`the finished video is no longer downloadable (${error.message}); it has expired on the server`) : error;
      });
    return { file, bytes, ...(await this.previews(job, provider, videoId, stem)) };
  }

  /** For a job done in an earlier run: the requested preview images already on disk. */
  onDisk(stem: string): VariantPaths {
    return Object.fromEntries(
      (this.options.variants ?? []).map((variant) => {
        const files = Object.values(PREVIEW_EXTENSIONS).map((extension) => `videos/${stem}.${variant}.${extension}`);
        return [variant, files.find((file) => existsSync(join(this.options.outDir, file))) ?? null];
      }),
    );
  }

  /** Preview images beside a downloaded video: one that fails is recorded as null and never fails the job. */
  private async previews(job: JobSpec, provider: Provider, videoId: string, stem: string): Promise<VariantPaths> {
    const paths: VariantPaths = {};
    for (const variant of this.options.variants ?? []) {
      try {
        if (!provider.downloadVariant) throw new Error(`${provider.name} serves no ${variant}`);
        paths[variant] = await this.options.requester.send(job, variant, async (s) => {
          const download = await provider.downloadVariant!(videoId, variant, s);
          // Named by what the server says it is (OpenAI: WebP thumbnail, JPEG spritesheet).
          const file = `videos/${stem}.${variant}.${previewExtension(download.contentType)}`;
          await saveStream(download, join(this.options.outDir, file), s);
          return file;
        }, 0);
      } catch {
        paths[variant] = null;
      }
    }
    return paths;
  }
}
