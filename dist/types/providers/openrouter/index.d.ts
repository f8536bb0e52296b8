import type { ProviderModule } from '../module.js';
export declare const openRouterModule: ProviderModule<'openrouter'>;
