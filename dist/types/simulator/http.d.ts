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
export declare function jsonReply(status: number, value: unknown, headers?: Readonly<Record<string, string>>): Reply;
/** An OpenAI-shaped error: `{error: {message, type, param, code}}`. */
export declare function errorReply(status: number, error: OpenAiErrorBody, headers?: Readonly<Record<string, string>>): Reply;
/** Every top-level name a body carries: JSON keys, or form fields and files (`a[b]` counts as `a`). */
export declare function bodyKeys(body: RequestBody): string[];
/** Reads the whole body; resolves undefined when the client went away first. Oversized bodies yield `tooLarge`. */
export declare function readBody(req: IncomingMessage): Promise<{
    readonly bytes: Buffer;
    readonly tooLarge: boolean;
} | undefined>;
/** Parses JSON, multipart/form-data or urlencoded bodies; never throws. */
export declare function parseBody(bytes: Buffer, contentType: string | undefined): Promise<RequestBody>;
/**
 * Writes a reply. With `truncate`, announces the full content-length, sends half the bytes and
 * destroys the socket, as a connection that breaks mid-download would.
 */
export declare function writeReply(res: ServerResponse, reply: Reply, options?: {
    readonly truncate?: boolean;
}): Promise<void>;
