import type { ProviderModule } from '../module.js';
export declare const replicateModule: ProviderModule<'replicate'>;
