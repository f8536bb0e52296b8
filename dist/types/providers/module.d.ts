/**
 * The contract of a provider module: everything video-batch knows about one API, in its own
 * folder (`src/providers/<name>/`), registered by one line in the list of providers. The runner,
 * reports, manifest reader and CLI learn about an API only through this. The folder also holds
 * PROVIDER.md, the provider's section of docs/providers.md (wire shape, variables, states, mapped
 * parameters, simulator routes, sources with the dates read, what is unconfirmed), from which
 * `npm run docs` builds that file.
 */
import type { JobSpec, SourceLocation } from '../types.js';
import type { RouteDefinition, SimulatorRoutes, SimulatorWorld } from '../simulator/world.js';
import type { FactsLookup, ModelFacts } from './discovery/facts.js';
import type { ImageSlots } from './job-images.js';
import type { Provider } from './types.js';
export type Env = Readonly<Record<string, string | undefined>>;
/** Where a provider's key and base URL come from. */
export interface ProviderEnv {
    /**
     * The variable holding the API key, e.g. `FAL_KEY`; a job may name another with `api_key_env`.
     * Absent for an API that authenticates on its own (Vertex AI: Application Default Credentials).
     */
    readonly keyEnv?: string;
    /** Read, in order, when `keyEnv` is unset (Google's SDKs also read `GOOGLE_API_KEY`). @default [] */
    readonly keyEnvFallbacks?: readonly string[];
    /** The variable holding the base URL, e.g. `FAL_BASE_URL`. */
    readonly baseUrlEnv: string;
    /**
     * The base URL when neither the job, the flag nor the environment names one; a function when it
     * depends on the environment (Vertex: the region). Undefined = the API has no public default (a
     * gateway's shape: the user must give one).
     */
    readonly defaultBaseUrl?: string | ((env: Env) => string);
    /** Whether the CLI's `--base-url` (and the action's `base-url`) applies. @default false */
    readonly takesBaseUrlFlag?: boolean;
    /** A base URL to show when the user must give one (no `defaultBaseUrl`), e.g. a gateway's. */
    readonly baseUrlExample?: string;
    /**
     * Why the API has no default base URL, said when none is given, e.g. that the vendor shut its
     * own down. @default none (a gateway's shape: the message only says where to set one)
     */
    readonly withoutBaseUrl?: string;
    /**
     * The vendor's own hosts, `*.` for any subdomain (e.g. `*.googleapis.com`), reached over https: a
     * manifest `base_url` there is the API itself, elsewhere a third party the key would be sent to.
     * @default the host of `defaultBaseUrl`
     */
    readonly ownHosts?: readonly string[];
    /** How the key travels, for the docs' table, e.g. `` `Authorization: Key` ``. @default `` `Authorization: Bearer` `` */
    readonly keySentAs?: string;
}
/** What an API can do at all, whatever the model. */
export interface ProviderTraits {
    /** The model a job gets when it names none (must have a live row in the catalog). */
    readonly defaultModel: string;
    readonly remix: boolean;
    readonly imageInput: boolean;
    /** Every `size` the API can express; absent = any `WIDTHxHEIGHT` passes; empty = no size at all. */
    readonly sizes?: readonly string[];
    /**
     * Whether some model of the API has an audio switch, so a job's `audio` can be sent (the model's
     * schema or catalog row then says whether it has one). @default false: `audio` is refused
     */
    readonly audio?: boolean;
}
/** What `ProviderModule.create` is given for one endpoint. */
export interface ProviderClientOptions {
    /** The key's value; undefined when the module has no `keyEnv`. Never logged. */
    readonly apiKey: string | undefined;
    /** Resolved: the job's `base_url`, the flag, the environment, then the module's default. */
    readonly baseUrl: string;
    readonly env: Env;
    readonly fetch?: typeof fetch;
    /** Per-request deadline. @default 60000 */
    readonly requestTimeoutMs?: number;
    /**
     * True when `baseUrl` is the built-in simulator (`--simulate`): a module that authenticates on
     * its own (no `keyEnv`) sends a fixed dummy token instead of fetching real credentials.
     * @default false
     */
    readonly simulated?: boolean;
    /**
     * What discovery learned of each model this run (its input schema, limits, price); the client
     * builds its request from a job's facts where they exist and from its own fallback mapping
     * (the catalog's names) where they do not. @default NO_FACTS
     */
    readonly facts?: FactsLookup;
    /**
     * Origins the operator named (--base-url, the provider's *_BASE_URL variable, the action's
     * base-url and allowed-base-urls), never the manifest: credentials the run fetches itself (a
     * Google Cloud access token) go only to the vendor's own hosts and these. @default the base
     * URL's origin (the caller vouches for it; the run always says)
     */
    readonly trustedOrigins?: readonly string[];
}
/** What `ProviderDiscovery.describe` is given: one endpoint's key and URLs, and the run's I/O. */
export interface DiscoveryContext {
    /** The key's value; undefined when the module has no `keyEnv`. Never logged. */
    readonly apiKey: string | undefined;
    /** The endpoint's resolved base URL (as `ProviderClientOptions.baseUrl`). */
    readonly baseUrl: string;
    /** The run's environment (a module may read its own variables, e.g. `FAL_PLATFORM_URL`). */
    readonly env: Env;
    readonly fetch: typeof fetch;
    /** The deadline of each discovery request, in milliseconds. */
    readonly timeoutMs: number;
    readonly signal: AbortSignal;
    /** Epoch milliseconds, for `FactSource.readAt`. */
    readonly now: () => number;
}
/** One job checked against its model's facts: problems refuse the run (exit 2), warnings are said once. */
export interface FactsCheck {
    readonly problems: readonly JobProblem[];
    readonly warnings: readonly string[];
}
/**
 * How a module asks its vendor about models at run time (src/providers/discovery/ runs it,
 * caches it and falls back to the catalog). Absent = the module relies on the catalog alone.
 */
export interface ProviderDiscovery {
    /**
     * Where discovery asks for this endpoint, also the cache's key with provider and model (a
     * simulator's or a test server's facts never stand for the vendor's); undefined = it cannot
     * ask here (e.g. a proxy base URL with no discovery URL configured), so the catalog is used.
     */
    where(context: Pick<DiscoveryContext, 'baseUrl' | 'env'>): string | undefined;
    /**
     * What the vendor says of each of `models`, in as few requests as its API allows (one schema
     * request and one price request for all of them, where it batches). A model the vendor does
     * not list comes back with `found: false`; one it was not asked about is absent.
     * @throws DiscoveryError: `auth` on 401/403 (the key check), `unavailable` otherwise
     */
    describe(models: readonly string[], context: DiscoveryContext): Promise<ReadonlyMap<string, ModelFacts>>;
    /**
     * Pure: the problems of `job` against its model's facts (a duration outside the schema's enum,
     * a size no aspect ratio and resolution express, an `audio` the model has no switch for,
     * `params` of the wrong type or outside an enum), every one, each naming what would work;
     * unknown `params` keys are warnings. Replaces the catalog's limit checks for that job.
     */
    checkJob(job: JobSpec, facts: ModelFacts): FactsCheck;
    /**
     * Pure: what the module's own fallback mapping cannot send for `job` when discovery has no
     * facts for its model (offline, the vendor unreachable), beside the catalog's limits. @default none
     */
    fallbackCheck?(job: JobSpec): readonly JobProblem[];
}
/** A provider's face in the built-in simulator. */
export interface SimulatorFace extends SimulatorRoutes {
    /** The path the provider's base URL has on the simulator, version segment included, e.g. `/fal`. */
    readonly basePath: string;
    /** The routes that answer as the vendor's API does (statuses, errors, rate-limit answers). */
    routes(world: SimulatorWorld, originOf: () => string): readonly RouteDefinition[];
    /**
     * Variables a simulated run sets besides the base URL, e.g. `FAL_PLATFORM_URL` pointing at the
     * simulator's copy of fal's Platform API, so discovery asks the simulator. @default none
     */
    env?(origin: string): Env;
}
/**
 * How a job's `params` reach this API's request: laid over the object named by `into` with
 * `withParams` (src/providers/params.ts), after video-batch's own mapping, so every provider
 * follows one rule. The object is the one an API's reference lists such fields in: the OpenAI
 * shape's body, a Veo/Vertex `parameters`, a fal/Replicate `input`, a ModelArk body.
 */
export interface ProviderParams {
    /** Where the params go, for docs and messages, e.g. `` `parameters` ``, `the JSON body`. */
    readonly into: string;
    /**
     * The keys of that object video-batch sets itself, each with the job field(s) it comes from,
     * e.g. `{durationSeconds: 'seconds', aspectRatio: 'size'}`: a job's params may not set them
     * (refused when the manifest is read, naming the field to use instead). Always list prompt and
     * model where they live in that object.
     */
    readonly reserved: Readonly<Record<string, string>>;
    /**
     * The names this API itself gives a request for several outputs (Veo's `sampleCount`), beyond
     * the common spellings every provider refuses (`OUTPUT_COUNT_KEYS` in params.ts, for gateways
     * that forward to any vendor): a job's params may set them only to 1, since one job is one
     * video and one estimate (several come from `matrix:`). Matched ignoring case, `_` and `-`.
     * @default none beyond the common spellings
     */
    readonly outputCount?: readonly string[];
}
/** One problem with a job that this provider finds before anything is sent. */
export interface JobProblem {
    readonly field: string;
    readonly message: string;
}
export interface ProviderModule<Name extends string = string> {
    readonly name: Name;
    /** How messages and docs name the API, e.g. `fal.ai queue API`. */
    readonly label: string;
    readonly env: ProviderEnv;
    readonly traits: ProviderTraits;
    /**
     * Builds the client of one endpoint. Its `name` is the module's. Where the API has a cheap
     * authenticated read (a list of one item), the client implements `Provider.preflight` with it
     * (`probeRead` in preflight.ts does the request); the run calls it before the first create.
     * @throws ConfigError when the endpoint cannot work (credentials that cannot be found...)
     */
    create(options: ProviderClientOptions): Provider;
    /** Where a job's `params` go; absent = the API takes none (a job with params is refused when read). */
    readonly params?: ProviderParams;
    /** Provider-specific problems with a job beyond the traits (e.g. a model id of the wrong form). */
    checkJob?(job: JobSpec): readonly JobProblem[];
    /**
     * The input images `model` takes (first frame, last frame, reference images), from the vendor's
     * reference. Absent = a first frame where `traits.imageInput`, nothing else. A module whose
     * discovery reads the model's schema judges a described model there instead.
     */
    imageSlots?(model: string): ImageSlots;
    /** Asks the vendor for each model's schema, price and status at run time; absent = catalog only. */
    readonly discovery?: ProviderDiscovery;
    readonly simulator: SimulatorFace;
}
/** A job's location, for messages a module builds itself. */
export type { SourceLocation };
