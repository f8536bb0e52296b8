/** What the simulator saw: every request, every billed video. Tests and the benchmark assert on it. */
/** How the simulator classified a request. */
export type RouteName = 'create' | 'retrieve' | 'list' | 'content' | 'remix' | 'edit' | 'extend' | 'characters' | 'delete' | 'discovery' | 'other';
export declare const ROUTE_NAMES: readonly RouteName[];
export interface RequestRecord {
    readonly method: string;
    /** URL path without the query, e.g. `/v1/videos`. */
    readonly path: string;
    readonly route: RouteName;
    /** Status sent; 0 while unanswered and for requests answered by dropping the connection. */
    status: number;
    /** Clock reading (epoch ms) when the request arrived. */
    readonly at: number;
}
export interface VideoRecord {
    readonly id: string;
    readonly prompt: string;
    readonly model: string;
    readonly seconds: string;
    readonly size: string;
    /** Epoch ms. */
    readonly createdAt: number;
    /** Epoch ms at which the video completes (planned, so it may lie ahead); absent when it fails. */
    readonly completedAt?: number;
    /** Epoch ms of the first retrieve or list response that showed the video completed. */
    firstSeenCompletedAt?: number;
    /** Failure code when the video is going to fail. */
    readonly failureCode?: string;
    readonly remixedFromVideoId?: string;
    /** Bytes of the uploaded `input_reference`. */
    readonly inputReferenceBytes?: number;
    /**
     * The create's fields beyond the ones the simulator maps to a video (OpenAI: prompt, model,
     * seconds, size, input_reference; Veo: `parameters` beyond aspectRatio, resolution and
     * durationSeconds; ModelArk: body fields beyond model, content, ratio, resolution, duration), as
     * they arrived: form fields as text, JSON values as parsed. Absent when there were none.
     */
    readonly extraFields?: Readonly<Record<string, unknown>>;
    /** Every input image the create carried, under the vendor's field name, in the order sent. Absent when none. */
    readonly inputImages?: readonly InputImageRecord[];
}
/** One input image as a simulator received it: where in the request, how many bytes, their hash. */
export interface InputImageRecord {
    /** The vendor's name for where it came, e.g. `instances[0].lastFrame`, `content[2] reference_image`. */
    readonly field: string;
    readonly bytes: number;
    /** Hex SHA-256 of the decoded bytes, so a test can check they are the file's. */
    readonly sha256: string;
}
export declare class SimulatorStats {
    /** Every request, in arrival order, faulted ones included. */
    readonly requests: RequestRecord[];
    /** Videos the server accepted (creates and remixes), whether or not the client got the answer. */
    billedCreates: number;
    readonly videos: Map<string, VideoRecord>;
    /** Requests per route, every route present. */
    countByRoute(): Record<RouteName, number>;
}
