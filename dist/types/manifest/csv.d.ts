import type { FrontEndResult } from './raw.js';
/** Reads a CSV manifest into fields as written; never throws. */
export declare function readCsv(text: string, file: string): FrontEndResult;
