import type { ProviderModule } from '../module.js';
export declare const seedanceModule: ProviderModule<'seedance'>;
