// The action's entry (dist/index.js, action.yml's runs.main): it only calls run(), see main.ts.
import { run } from './main.js';
import { tuneGarbageCollector } from './memory.js';

tuneGarbageCollector();
void run();
