/**
 * Google Cloud credentials for Vertex AI: Application Default Credentials through
 * google-auth-library (a service-account or workload-identity-federation JSON file named by
 * GOOGLE_APPLICATION_CREDENTIALS, gcloud's application-default login, or the metadata server on
 * Google Cloud), or a ready access token. Tokens are cached and refreshed by the library; every
 * token handed out is remembered so that no message this provider builds can carry one.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GoogleAuth, JWTInput } from 'google-auth-library';
import { redactSecrets } from '../../redact.js';
import type { Env } from '../module.js';
import { asNumber, asRecord, asString } from '../fetch-json.js';

export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

const SETUP_HINT =
  'set GOOGLE_APPLICATION_CREDENTIALS to a service-account or workload-identity-federation JSON file, ' +
  'run `gcloud auth application-default login`, or in a workflow use google-github-actions/auth';

/**
 * Why no token (or no project) could be had. `transient` when asking again later may work (the
 * token endpoint answered 5xx or 429, or could not be reached); otherwise the setup is wrong.
 */
export class CredentialsProblem extends Error {
  override readonly name = 'CredentialsProblem';
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

export interface VertexCredentialsOptions {
  readonly env: Env;
  /** A ready OAuth 2 access token (the simulator's fake one, or a job's `api_key_env`): ADC is not asked. */
  readonly accessToken?: string;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** Where `gcloud auth application-default login` writes its file, as google-auth-library looks for it. */
export function wellKnownCredentialsFile(env: Env): string | undefined {
  const dir = nonEmpty(env.CLOUDSDK_CONFIG) ?? (process.platform === 'win32' ? env.APPDATA && join(env.APPDATA, 'gcloud') : env.HOME && join(env.HOME, '.config', 'gcloud'));
  return dir ? join(dir, 'application_default_credentials.json') : undefined;
}

/** The project a credentials file names: a service account's `project_id`, a user login's `quota_project_id`. Pure. */
export function projectOfCredentials(json: Readonly<Record<string, unknown>> | undefined): string | undefined {
  return asString(json?.project_id) ?? asString(json?.quota_project_id);
}

/** The first line of what the library said, at most 200 characters, with no token or key in it. */
function reasonOf(error: unknown, seen: Iterable<string>): string {
  const text = error instanceof Error ? error.message : String(error);
  return redactSecrets(text.split('\n')[0]!.slice(0, 200), seen);
}

/** A token endpoint that answered 5xx or 429, or could not be reached, may answer later. */
function isTransient(error: unknown): boolean {
  // gaxios (inside google-auth-library) puts the HTTP answer on `response`; a network failure has none.
  const status = asNumber(asRecord(asRecord(error)?.response)?.status);
  if (status !== undefined) return status >= 500 || status === 429;
  const code = asString(asRecord(error)?.code);
  return code !== undefined && /^(E[A-Z]+|UND_ERR_.*|ETIMEDOUT)$/.test(code);
}

/** One endpoint's credentials: built once per client, so two runs never share a token cache. */
export class VertexCredentials {
  /** Every token handed out so far, for redaction. */
  readonly seen = new Set<string>();
  private auth?: Promise<{ readonly auth: GoogleAuth; readonly file?: Readonly<Record<string, unknown>> }>;

  constructor(private readonly options: VertexCredentialsOptions) {
    if (options.accessToken) this.seen.add(options.accessToken);
  }

  /** Where the credentials come from, for messages. */
  private source(): string {
    const path = nonEmpty(this.options.env.GOOGLE_APPLICATION_CREDENTIALS);
    if (path) return `the credentials file in GOOGLE_APPLICATION_CREDENTIALS (${path})`;
    const known = wellKnownCredentialsFile(this.options.env);
    if (known && existsSync(known)) return `gcloud's application-default login (${known})`;
    return '';
  }

  private load(): Promise<{ readonly auth: GoogleAuth; readonly file?: Readonly<Record<string, unknown>> }> {
    this.auth ??= (async () => {
      // Loaded on first use: runs without a vertex job never pay for the library's start-up.
      const { GoogleAuth } = await import('google-auth-library');
      const path = nonEmpty(this.options.env.GOOGLE_APPLICATION_CREDENTIALS);
      if (!path) return { auth: new GoogleAuth({ scopes: [CLOUD_PLATFORM_SCOPE] }) };
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        const code = asString(asRecord(error)?.code) ?? 'unreadable';
        throw new CredentialsProblem(`GOOGLE_APPLICATION_CREDENTIALS names ${path}, which cannot be read (${code}); point it at your service-account or workload-identity JSON file`, false);
      }
      let json: Record<string, unknown> | undefined;
      try {
        json = asRecord(JSON.parse(text));
      } catch {
        json = undefined;
      }
      if (!json || !asString(json.type)) throw new CredentialsProblem(`GOOGLE_APPLICATION_CREDENTIALS names ${path}, which is not a Google credentials JSON file (no "type" field)`, false);
      // Parsed here (not by keyFilename) so the project it names can be read, and the env given to this run is the one used.
      return { auth: new GoogleAuth({ credentials: json as JWTInput, scopes: [CLOUD_PLATFORM_SCOPE] }), file: json };
    })();
    // A failed load is not cached: a later call tries again.
    this.auth.catch(() => (this.auth = undefined));
    return this.auth;
  }

  /**
   * A current access token.
   * @throws CredentialsProblem saying what to set
   */
  async token(): Promise<string> {
    if (this.options.accessToken) return this.options.accessToken;
    const { auth } = await this.load();
    if (this.source() === '' && !(await this.mayBeOnGoogleCloud())) {
      throw new CredentialsProblem(`no Google Cloud credentials found: ${SETUP_HINT}`, false);
    }
    let token: string | null | undefined;
    try {
      const client = await auth.getClient();
      token = (await client.getAccessToken()).token;
    } catch (error) {
      const source = this.source();
      const reason = reasonOf(error, this.seen);
      if (source === '') throw new CredentialsProblem(`no Google Cloud credentials found (${reason}): ${SETUP_HINT}`, isTransient(error));
      throw new CredentialsProblem(`${source} gave no access token (${reason}); check the file, or ${SETUP_HINT}`, isTransient(error));
    }
    if (!token) throw new CredentialsProblem(`${this.source() || 'Application Default Credentials'} gave an empty access token; ${SETUP_HINT}`, false);
    this.seen.add(token);
    return token;
  }

  /**
   * Whether the metadata server may hold credentials: this machine looks like Google Cloud (its
   * BIOS or a serverless runtime's variables say so), or METADATA_SERVER_DETECTION or
   * GCE_METADATA_HOST asks for it. Elsewhere the library would probe the network for seconds and
   * print a warning only to find nothing.
   */
  private async mayBeOnGoogleCloud(): Promise<boolean> {
    const { env } = this.options;
    if (nonEmpty(env.METADATA_SERVER_DETECTION) ?? nonEmpty(env.GCE_METADATA_HOST) ?? nonEmpty(env.GCE_METADATA_IP)) return true;
    const { gcpMetadata } = await import('google-auth-library');
    return gcpMetadata.getGCPResidency();
  }

  /**
   * The project: GOOGLE_CLOUD_PROJECT, else the one the credentials name (a service account's
   * file, gcloud's configuration, the metadata server, a workload identity pool's project).
   * @throws CredentialsProblem saying what to set
   */
  async project(): Promise<string> {
    const set = nonEmpty(this.options.env.GOOGLE_CLOUD_PROJECT);
    if (set) return set;
    const missing = 'GOOGLE_CLOUD_PROJECT is not set and the credentials name no project: export GOOGLE_CLOUD_PROJECT=<your project id>';
    if (this.options.accessToken) throw new CredentialsProblem(missing, false);
    const { auth, file } = await this.load();
    const named = projectOfCredentials(file);
    if (named) return named;
    try {
      const found = await auth.getProjectId();
      if (found) return found;
    } catch {
      // Said below: the user's fix is the same whatever the library tried.
    }
    throw new CredentialsProblem(missing, false);
  }
}
