import type { Env } from '../module.js';
export declare const CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";
/**
 * Why no token (or no project) could be had. `transient` when asking again later may work (the
 * token endpoint answered 5xx or 429, or could not be reached); otherwise the setup is wrong.
 */
export declare class CredentialsProblem extends Error {
    readonly transient: boolean;
    readonly name = "CredentialsProblem";
    constructor(message: string, transient: boolean);
}
export interface VertexCredentialsOptions {
    readonly env: Env;
    /** A ready OAuth 2 access token (the simulator's fake one, or a job's `api_key_env`): ADC is not asked. */
    readonly accessToken?: string;
}
/** Where `gcloud auth application-default login` writes its file, as google-auth-library looks for it. */
export declare function wellKnownCredentialsFile(env: Env): string | undefined;
/** The project a credentials file names: a service account's `project_id`, a user login's `quota_project_id`. Pure. */
export declare function projectOfCredentials(json: Readonly<Record<string, unknown>> | undefined): string | undefined;
/** One endpoint's credentials: built once per client, so two runs never share a token cache. */
export declare class VertexCredentials {
    private readonly options;
    /** Every token handed out so far, for redaction. */
    readonly seen: Set<string>;
    private auth?;
    constructor(options: VertexCredentialsOptions);
    /** Where the credentials come from, for messages. */
    private source;
    private load;
    /**
     * A current access token.
     * @throws CredentialsProblem saying what to set
     */
    token(): Promise<string>;
    /**
     * Whether the metadata server may hold credentials: this machine looks like Google Cloud (its
     * BIOS or a serverless runtime's variables say so), or METADATA_SERVER_DETECTION or
     * GCE_METADATA_HOST asks for it. Elsewhere the library would probe the network for seconds and
     * print a warning only to find nothing.
     */
    private mayBeOnGoogleCloud;
    /**
     * The project: GOOGLE_CLOUD_PROJECT, else the one the credentials name (a service account's
     * file, gcloud's configuration, the metadata server, a workload identity pool's project).
     * @throws CredentialsProblem saying what to set
     */
    project(): Promise<string>;
}
