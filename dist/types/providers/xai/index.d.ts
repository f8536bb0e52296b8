/**
 * `xai`: xAI's Grok Imagine video, `POST /videos/generations` answering a request id that is
 * polled at `GET /videos/{request_id}`. See PROVIDER.md.
 */
import type { ProviderModule } from '../module.js';
export declare const xaiModule: ProviderModule<'xai'>;
