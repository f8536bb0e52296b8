/**
 * `openai-generations`: gateways' older synchronous shape, `POST /videos/generations` answering
 * `{data: [{url}]}` once the video exists. No public default: the gateway's base URL is required.
 * See PROVIDER.md.
 */
import type { ProviderModule } from '../module.js';
export declare const openaiGenerationsModule: ProviderModule<'openai-generations'>;
