import { type Provider } from './types.js';
/** `provider` with every text that comes back from its server redacted of `secrets` and credential shapes. */
export declare function redactingProvider(provider: Provider, secrets: ReadonlySet<string>): Provider;
