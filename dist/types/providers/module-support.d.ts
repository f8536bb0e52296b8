import type { ProviderClientOptions } from './module.js';
/**
 * The key of a module that needs one (the pool checks the variable before building a client, so
 * this guards direct callers).
 * @throws ConfigError when `options.apiKey` is missing
 */
export declare function requireKey(provider: string, options: ProviderClientOptions): string;
