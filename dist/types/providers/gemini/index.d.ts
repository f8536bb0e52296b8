import type { ProviderModule } from '../module.js';
export declare const geminiModule: ProviderModule<'gemini'>;
