/**
 * A local simulator of the OpenAI Videos API for the demo run and the tests.
 * `startSimulator()` listens on 127.0.0.1 and answers like the real API, counts what it sees in
 * `stats`, and injects the faults it is given, in order.
 */
export { simulatorBaseUrl, startSimulator, type Simulator, type SimulatorOptions } from './server.js';
export { GATEWAY_MODELS, modelAllowList } from './models.js';
export { type Fault, type FaultKind, type FaultRoute } from './faults.js';
export { SimulatorStats, ROUTE_NAMES, type RequestRecord, type RouteName, type VideoRecord } from './stats.js';
export { PROMPT_MARKERS, type VideoStatus } from './videos.js';
export { DEFAULT_MODEL, DEFAULT_SECONDS, DEFAULT_SIZE, type OpenAiVideo } from '../providers/openai/simulator.js';
export { type RateLimitOptions } from './rate-limit.js';
export { SIMULATED_MODEL_PROFILES, type ModelProfile } from './profiles.js';
export { SimulatorStateError } from './state-file.js';
