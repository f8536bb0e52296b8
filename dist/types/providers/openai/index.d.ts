import type { ProviderModule } from '../module.js';
export declare const openaiModule: ProviderModule<'openai'>;
