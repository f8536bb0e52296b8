// The action's entry (dist/index.js): everything lives in action.ts so tests can drive it.
import { runAction } from './action.js';
import { tuneGarbageCollector } from './memory.js';

tuneGarbageCollector();
void runAction();
