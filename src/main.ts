/**
 * The action's logic as the typescript-action template lays it out: this module exports `run()`
 * and does nothing when imported; src/index.ts (dist/index.js, what GitHub runs) only calls it.
 * `npx @github/local-action run . src/main.ts .env` imports this file and calls `run()` itself.
 */
export { runAction as run } from './action.js';
