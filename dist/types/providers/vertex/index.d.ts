import type { ProviderModule } from '../module.js';
export declare const vertexModule: ProviderModule<'vertex'>;
