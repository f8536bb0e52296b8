import type { ProviderModule } from '../module.js';
export declare const veoModule: ProviderModule<'veo'>;
