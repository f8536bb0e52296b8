import type { FrontEndResult } from './raw.js';
/** Reads a YAML manifest into fields as written; never throws. */
export declare function readYaml(text: string, file: string): FrontEndResult;
