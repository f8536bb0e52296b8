/** Small helpers every provider module's `create` shares. */
import { ConfigError } from '../errors.js';
import type { ProviderClientOptions } from './module.js';

/**
 * The key of a module that needs one (the pool checks the variable before building a client, so
 * this guards direct callers).
 * @throws ConfigError when `options.apiKey` is missing
 */
export function requireKey(provider: string, options: ProviderClientOptions): string {
  if (options.apiKey === undefined || options.apiKey === '') {
    throw new ConfigError(`provider "${provider}" needs an API key: export its key variable (see docs/providers.md) or pass apiKey`);
  }
  return options.apiKey;
}
