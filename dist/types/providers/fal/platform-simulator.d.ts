import type { RouteDefinition } from '../../simulator/world.js';
/** Where the simulator serves fal's Platform API: `FAL_PLATFORM_URL=http://127.0.0.1:PORT/fal-platform/v1`. */
export declare const FAL_PLATFORM_SIMULATOR_PATH = "/fal-platform/v1";
export declare function falPlatformRoutes(): RouteDefinition[];
