/**
 * The simulator's HTTP face: node:http only. Every request is counted, rate-limited, authenticated
 * and offered to the fault queue before a route answers it: the routes it is handed (each provider
 * module's, by src/simulate.ts), tried in order. The core knows no provider.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { VideoAssets } from './content.js';
import { FaultQueue, type Fault } from './faults.js';
import { errorReply, parseBody, readBody, writeReply, type Reply } from './http.js';
import { invalidUrl } from './files.js';
import { formatResetDuration, RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { loadState, saveState } from './state-file.js';
import { SimulatorStats, type RequestRecord } from './stats.js';
import { VideoStore } from './store.js';
import type { ModelProfile } from './profiles.js';
import { matchPath, type ModelAcceptor, type RouteDefinition, type SimulatorRoutes, type SimulatorWorld } from './world.js';

export interface SimulatorOptions {
  /** Each API's routes, tried in this order (src/simulate.ts hands every provider module's). */
  readonly faces: readonly SimulatorRoutes[];
  /** Whether a route's API serves a model id (src/simulate.ts builds it from the catalog or `models`). */
  readonly isModelAllowed: ModelAcceptor;
  /** @default 0 (any free port) */
  readonly port?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** How long a video stays `queued`. @default 300 */
  readonly queueMs?: number;
  /** Time from `in_progress` to `completed`, fixed or per prompt. @default 1500 */
  readonly generationMs?: number | ((prompt: string) => number);
  /** Per-model timing and failure rate (see profiles.ts); `video-batch run --simulate` passes SIMULATED_MODEL_PROFILES. @default none: every model alike */
  readonly modelProfiles?: readonly ModelProfile[];
  /** When set, requests must carry `Authorization: Bearer <apiKey>` (fal: `Key <apiKey>`); otherwise any non-empty token passes. */
  readonly apiKey?: string;
  /** Token bucket over all requests; excess requests get 429. @default no limit */
  readonly rateLimit?: RateLimitOptions;
  /** How long a completed video's content stays downloadable. @default 3_600_000 (1 hour) */
  readonly expiresAfterMs?: number;
  /** When false, `GET /videos` answers 404 like a gateway without it. @default true */
  readonly supportsList?: boolean;
  /** Faults to inject, consumed in order. @default [] */
  readonly faults?: readonly Fault[];
  /** Pad every MP4 up to this many bytes (streamed, never held in memory). @default 0 */
  readonly contentBytes?: number;
  /** The clock; video status is computed from it. @default Date.now */
  readonly now?: () => number;
  /**
   * Keep the videos in this JSON file: loaded at start, rewritten atomically on every create and
   * delete, so a later simulator on the same file answers for them (statuses follow the clock).
   * @default none (in memory only)
   */
  readonly stateFile?: string;
}

export interface Simulator {
  /** Base URL for the SDK, including `/v1`, e.g. `http://127.0.0.1:PORT/v1`. */
  readonly url: string;
  /** `http://HOST:PORT`. */
  readonly origin: string;
  readonly stats: SimulatorStats;
  /** Appends faults after the ones still pending. */
  addFaults(faults: readonly Fault[]): void;
  /** Drops the faults still pending. */
  clearFaults(): void;
  /** Stops listening and destroys open sockets (hanging requests included). */
  close(): Promise<void>;
}


function maskKey(key: string): string {
  return key.length > 8 ? `${key.slice(0, 3)}***${key.slice(-4)}` : '***';
}

function unauthorized(authorization: string | undefined, apiKey: string | undefined): Reply | undefined {
  // fal sends its key as `Key <FAL_KEY>`; every other API as a Bearer token.
  const token = /^(?:Bearer|Key)\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (token === undefined) {
    return errorReply(401, {
      message: "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
      type: 'invalid_request_error',
    });
  }
  if (apiKey !== undefined && token !== apiKey) {
    return errorReply(401, { message: `Incorrect API key provided: ${maskKey(token)}.`, type: 'invalid_request_error', code: 'invalid_api_key' });
  }
  return undefined;
}

function rateLimited(retryAfterMs: number, message: string): Reply {
  return errorReply(
    429,
    { message, type: 'requests', code: 'rate_limit_exceeded' },
    { 'retry-after': String(Math.ceil(retryAfterMs / 1000)), 'retry-after-ms': String(Math.round(retryAfterMs)) },
  );
}

const FAULT_REPLIES = {
  server_error: () => errorReply(500, { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error' }),
  unavailable: () => errorReply(503, { message: 'The server is overloaded or not ready yet.', type: 'server_error' }),
} as const;

function findRoute(routes: readonly RouteDefinition[], method: string, path: string): { route?: RouteDefinition; params: Record<string, string> } {
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return { params: {} };
}

/**
 * Starts a simulated OpenAI Videos API on `host:port`.
 * @throws when the port cannot be bound, RangeError for a non-positive rate limit, or
 *   SimulatorStateError when `stateFile` exists but cannot be read back
 */
export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const clock = options.now ?? Date.now;
  const stateFile = options.stateFile;
  const stats = new SimulatorStats();
  const faults = new FaultQueue(options.faults);
  const limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : undefined;
  const world: SimulatorWorld = {
    store: stateFile === undefined ? new VideoStore() : new VideoStore(loadState(stateFile), (store) => saveState(stateFile, store.snapshot())),
    stats,
    assets: new VideoAssets(options.contentBytes === undefined ? {} : { contentBytes: options.contentBytes }),
    timing: { queueMs: options.queueMs ?? 300, generationMs: options.generationMs ?? 1500, ...(options.modelProfiles ? { profiles: options.modelProfiles } : {}) },
    expiresAfterMs: options.expiresAfterMs ?? 3_600_000,
    supportsList: options.supportsList ?? true,
    characters: new Map(),
    isModelAllowed: options.isModelAllowed,
  };
  // The other shapes hand out file URLs on this server; the origin is known once it listens.
  const originOf = (): string => origin;
  // In the order given: the first route that matches a request answers it.
  const routes: readonly RouteDefinition[] = options.faces.flatMap((face) => face.routes(world, originOf));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = clock();
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const path = url.pathname;
    const { route, params } = findRoute(routes, method, path);
    const record: RequestRecord = { method, path, route: route?.name ?? 'other', status: 0, at };
    stats.requests.push(record);

    const raw = await readBody(req);
    if (!raw) return;
    const headers: Record<string, string> = { 'x-request-id': `req_${randomBytes(16).toString('hex')}` };
    const send = async (reply: Reply, truncate = false): Promise<void> => {
      record.status = reply.status;
      await writeReply(res, { ...reply, headers: { ...headers, ...reply.headers } }, { truncate });
    };
    const drop = (): void => {
      res.socket?.destroy();
    };

    if (limiter) {
      const decision = limiter.take(at);
      Object.assign(headers, decision.headers);
      if (!decision.allowed) {
        const limit = options.rateLimit?.requestsPerMinute ?? 0;
        return send(rateLimited(decision.retryAfterMs, `Rate limit reached for requests per min (RPM): Limit ${limit}. Please try again in ${formatResetDuration(decision.retryAfterMs)}.`));
      }
    }
    // Google's own clients send the key as x-goog-api-key instead of a Bearer token.
    const googKey = req.headers['x-goog-api-key'];
    const denied = route?.anonymous ? undefined : unauthorized(req.headers.authorization ?? (typeof googKey === 'string' ? `Bearer ${googKey}` : undefined), options.apiKey);
    if (denied) return send(denied);
    if (raw.tooLarge) return send(errorReply(413, { message: 'The request body is too large.', type: 'invalid_request_error' }));

    const body = await parseBody(raw.bytes, req.headers['content-type']);
    const texts = [params.id, body.fields.get('prompt'), route?.promptOf?.(body)].filter((text): text is string => text !== undefined);
    const fault = faults.take({ route: record.route, texts });
    switch (fault?.kind) {
      case 'rate_limit': {
        const seconds = fault.retryAfterSeconds ?? 1;
        return send(rateLimited(seconds * 1000, `Rate limit reached for requests. Please try again in ${seconds}s.`));
      }
      case 'server_error':
      case 'unavailable':
        return send(FAULT_REPLIES[fault.kind]());
      case 'drop':
        return drop();
      case 'hang':
        return; // the socket stays open until the client gives up or the simulator closes
      default:
        break;
    }
    if (!route) return send(invalidUrl(method, path));
    let reply: Reply;
    try {
      reply = await route.handle({ method, path, params, query: url.searchParams, body, headers: req.headers, bytes: raw.bytes, now: at });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      reply = errorReply(500, { message: `Simulator error: ${message}`, type: 'server_error' });
    }
    if (fault?.kind === 'accept_then_drop') return drop();
    return send(reply, fault?.kind === 'truncate');
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    // Handlers answer their own errors; anything escaping them is a broken connection.
    handle(req, res).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${host}:${address.port}`;
  let closing: Promise<void> | undefined;

  return {
    url: `${origin}/v1`,
    origin,
    stats,
    addFaults: (more) => faults.add(more),
    clearFaults: () => faults.clear(),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
