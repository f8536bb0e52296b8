import type { ProviderModule } from '../module.js';
export declare const OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";
export declare const openaiModule: ProviderModule<'openai'>;
