/** node:http plumbing for the simulator: read and parse request bodies, write replies. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A file part of a multipart body. */
export interface UploadedFile {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

/** A request body reduced to what the routes need, whatever its encoding. */
export interface RequestBody {
  /** Scalar fields; JSON numbers and booleans arrive as strings, like multipart fields do. */
  readonly fields: ReadonlyMap<string, string>;
  readonly files: ReadonlyMap<string, UploadedFile>;
  /** Why the body could not be parsed, when it couldn't. */
  readonly error?: string;
  /** The whole JSON object of a JSON body, for routes whose fields nest (Gemini, ModelArk). */
  readonly json?: Readonly<Record<string, unknown>>;
}

/** An answer: headers, a body, and optionally zero bytes streamed after it (for big downloads). */
export interface Reply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  /** Zero bytes that follow `body`; counted in content-length, never held in memory. */
  readonly paddingBytes?: number;
}

/** The `error` object of an OpenAI error body. */
export interface OpenAiErrorBody {
  readonly message: string;
  readonly type: string;
  readonly param?: string | null;
  readonly code?: string | null;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;
const PADDING_CHUNK_BYTES = 64 * 1024;

export function jsonReply(status: number, value: unknown, headers: Readonly<Record<string, string>> = {}): Reply {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: Buffer.from(JSON.stringify(value)) };
}

/** An OpenAI-shaped error: `{error: {message, type, param, code}}`. */
export function errorReply(status: number, error: OpenAiErrorBody, headers: Readonly<Record<string, string>> = {}): Reply {
  return jsonReply(status, { error: { message: error.message, type: error.type, param: error.param ?? null, code: error.code ?? null } }, headers);
}

/** Every top-level name a body carries: JSON keys, or form fields and files (`a[b]` counts as `a`). */
export function bodyKeys(body: RequestBody): string[] {
  const names = body.json ? Object.keys(body.json) : [...body.fields.keys(), ...body.files.keys()];
  return [...new Set(names.map((name) => name.replace(/\[.*$/, '')))];
}

/** Reads the whole body; resolves undefined when the client went away first. Oversized bodies yield `tooLarge`. */
export async function readBody(req: IncomingMessage): Promise<{ readonly bytes: Buffer; readonly tooLarge: boolean } | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of req) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      total += buffer.length;
      if (total <= MAX_BODY_BYTES) chunks.push(buffer);
    }
  } catch {
    return undefined;
  }
  return { bytes: Buffer.concat(chunks), tooLarge: total > MAX_BODY_BYTES };
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Parses JSON, multipart/form-data or urlencoded bodies; never throws. */
export async function parseBody(bytes: Buffer, contentType: string | undefined): Promise<RequestBody> {
  const fields = new Map<string, string>();
  const files = new Map<string, UploadedFile>();
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (bytes.length === 0) return { fields, files };
  try {
    if (type === 'application/json' || type === '') {
      const parsed: unknown = JSON.parse(bytes.toString('utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { fields, files, error: 'The request body must be a JSON object.' };
      for (const [key, value] of Object.entries(parsed)) {
        const text = scalar(value);
        if (text !== undefined) fields.set(key, text);
      }
      return { fields, files, json: parsed as Record<string, unknown> };
    } else if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
      // undici's Response parses both encodings; it ships with Node, so no dependency is needed.
      const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType ?? type } }).formData();
      for (const [key, value] of form.entries()) {
        if (typeof value === 'string') fields.set(key, value);
        else files.set(key, { name: value.name, type: value.type, size: value.size });
      }
    } else {
      return { fields, files, error: `Unsupported content type '${type}'.` };
    }
  } catch {
    return { fields, files, error: `We could not parse the ${type || 'JSON'} body of your request.` };
  }
  return { fields, files };
}

/** Resolves false if the connection closed before the chunk could be handed over. */
function writeChunk(res: ServerResponse, chunk: Uint8Array): Promise<boolean> {
  if (res.destroyed) return Promise.resolve(false);
  if (res.write(chunk)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => () => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = done(true);
    const onClose = done(false);
    res.once('drain', onDrain);
    res.once('close', onClose);
  });
}

/** Streams `count` zero bytes with backpressure. */
async function writeZeros(res: ServerResponse, count: number): Promise<boolean> {
  const zeros = new Uint8Array(Math.min(PADDING_CHUNK_BYTES, count));
  for (let left = count; left > 0; left -= zeros.length) {
    if (!(await writeChunk(res, left >= zeros.length ? zeros : zeros.subarray(0, left)))) return false;
  }
  return true;
}

/**
 * Writes a reply. With `truncate`, announces the full content-length, sends half the bytes and
 * destroys the socket, as a connection that breaks mid-download would.
 */
export async function writeReply(res: ServerResponse, reply: Reply, options: { readonly truncate?: boolean } = {}): Promise<void> {
  const padding = reply.paddingBytes ?? 0;
  const total = reply.body.length + padding;
  res.writeHead(reply.status, { ...reply.headers, 'content-length': String(total) });
  if (!options.truncate) {
    if (!(await writeChunk(res, reply.body))) return;
    if (padding > 0 && !(await writeZeros(res, padding))) return;
    res.end();
    return;
  }
  res.flushHeaders();
  const cut = Math.floor(total / 2);
  const head = reply.body.subarray(0, Math.min(cut, reply.body.length));
  if ((await writeChunk(res, head)) && cut > head.length) await writeZeros(res, cut - head.length);
  // Destroy only after the partial body reached the socket, so the client sees a short body.
  res.socket?.write(new Uint8Array(0), () => res.socket?.destroy());
}
