/**
 * The simulator's core: a local server that answers with the routes it is handed, counts what it
 * sees in `stats`, and injects the faults it is given, in order. It knows no provider: src/simulate.ts
 * hands it every provider module's routes (use that to start one).
 */
export { startSimulator, type Simulator, type SimulatorOptions } from './server.js';
export { modelAllowList } from './allow-list.js';
export { type ModelAcceptor, type SimulatedCharacter, type SimulatorRoutes } from './world.js';
export { type Fault, type FaultKind, type FaultRoute } from './faults.js';
export { SimulatorStats, ROUTE_NAMES, type RequestRecord, type RouteName, type VideoRecord } from './stats.js';
export { PROMPT_MARKERS, type VideoStatus } from './videos.js';
export { type RateLimitOptions } from './rate-limit.js';
export { SIMULATED_MODEL_PROFILES, type ModelProfile } from './profiles.js';
export { SimulatorStateError } from './state-file.js';
