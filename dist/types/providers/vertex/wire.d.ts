/**
 * Vertex AI's Veo wire shapes, pure: the `predictLongRunning` body built from a job, the
 * `fetchPredictOperation` answer mapped to a neutral status, and the URLs of a model, an operation
 * and a `gs://` result. See PROVIDER.md for the sources.
 */
import type { JobSpec, RemoteStatus } from '../../types.js';
import type { ProviderParams } from '../module.js';
import { type VeoInstance, type VeoMoreImages } from '../veo/client.js';
/** Google Cloud Storage's JSON API, where a `gs://` result is read with the same credentials. */
export declare const GCS_DEFAULT_BASE_URL = "https://storage.googleapis.com/storage/v1";
/** Veo takes the same sizes on Vertex AI as on the Gemini API: one model family, one table. */
export declare const VERTEX_SIZES: Readonly<Record<string, {
    readonly aspectRatio: import("../veo/client.js").VeoAspectRatio;
    readonly resolution: import("../veo/client.js").VeoResolution;
}>>;
/** `https://{location}-aiplatform.googleapis.com/v1`; the `global` location has no region prefix. */
export declare function vertexDefaultBaseUrl(location: string): string;
/** `projects/{p}/locations/{l}/publishers/google/models/{model}`. */
export declare function modelPath(project: string, location: string, model: string): string;
/**
 * The model path an operation belongs to (its `fetchPredictOperation` is called there).
 * @throws ProviderError `client` for a name of another shape or with unsafe segments
 */
export declare function operationModelPath(name: string): string;
export declare function predictUrl(base: string, path: string): string;
export declare function fetchOperationUrl(base: string, path: string): string;
export interface VertexImage {
    readonly bytesBase64Encoded: string;
    readonly mimeType: string;
}
/** The JSON body of `predictLongRunning` (Vertex AI wire names). */
export interface VertexRequestBody {
    readonly instances: readonly [VeoInstance];
    readonly parameters: Readonly<Record<string, unknown>>;
}
/** A job's params join `parameters` (negativePrompt, seed, personGeneration, storageUri...). */
export declare const VERTEX_PARAMS: ProviderParams;
/**
 * Whether `model` takes `generateAudio`: Google's Veo reference marks it required for Veo 3
 * models and Veo 2 has no sound, so every model but a `veo-2` one gets it. Pure.
 */
export declare function takesGenerateAudio(model: string): boolean;
/** Why a job's params cannot go to Vertex AI beyond the reserved keys, if they cannot. Pure. */
export declare function vertexParamsProblem(params: Readonly<Record<string, unknown>> | undefined): string | undefined;
/**
 * Maps a job to the request body: seconds -> durationSeconds, size -> aspectRatio + resolution,
 * audio -> generateAudio (always, true when unset), then the job's `params` as-is into
 * `parameters`, and `sampleCount: 1`. Pure.
 */
export declare function vertexRequestBody(job: JobSpec, image?: VertexImage, more?: VeoMoreImages): VertexRequestBody;
/** The operation name a create answered. */
export declare function operationName(body: unknown): string;
/** Where a finished operation's video is: inline bytes (base64) or a Cloud Storage object. */
export type VertexVideo = {
    readonly kind: 'inline';
    readonly base64: string;
    readonly mimeType?: string;
} | {
    readonly kind: 'gcs';
    readonly uri: string;
};
export interface VertexOperation {
    readonly status: RemoteStatus;
    readonly video?: VertexVideo;
}
/**
 * Maps a `fetchPredictOperation` answer. An operation has no status word, so `rawStatus` is
 * `running`, `done` (a video), `error` (the operation's error) or `filtered` (safety filters).
 * A `gs://` result becomes the status's `downloadUrl`; inline bytes stay out of the status (it
 * goes into events and reports) and are handed back beside it.
 */
export declare function vertexOperation(body: unknown): VertexOperation;
/**
 * The JSON API URL that serves `gs://bucket/object` (objects.get with `alt=media`).
 * @throws ProviderError `client` for a URI that is not `gs://bucket/object`
 */
export declare function gcsMediaUrl(gsUri: string, storageBase: string): string;
