import { type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
/** The path of the simulated Vertex AI base URL (version included) and of its Cloud Storage. */
export declare const VERTEX_SIM_BASE_PATH = "/vertex/v1";
export declare const VERTEX_SIM_STORAGE_PATH = "/vertex/storage/v1";
/** A token-exchange endpoint (Google's STS shape) for `external_account` credentials files: see PROVIDER.md. */
export declare const VERTEX_SIM_TOKEN_PATH = "/vertex/oauth2/token";
/** The access token the simulator's token endpoint hands out (a simulator with `apiKey` accepts only that key). */
export declare const VERTEX_SIM_ACCESS_TOKEN = "simulated-access-token";
/** The Vertex AI routes; `storage` state lives as long as this simulator. */
export declare function vertexRoutes(world: SimulatorWorld): RouteDefinition[];
