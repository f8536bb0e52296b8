/**
 * Google Cloud credentials that google-auth-library accepts without the internet: a workload
 * identity federation file (`external_account`, what google-github-actions/auth writes) whose
 * `token_url` is a loopback token-exchange endpoint served here. The library reads the subject
 * token from a file and trades it at that endpoint for the access token the simulator expects.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface TokenEndpoint {
  readonly url: string;
  /** The access token it hands out (give it to the simulator as its `apiKey`). */
  readonly accessToken: string;
  /** Exchanges asked for so far. */
  exchanges: number;
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}

/** A loopback STS token-exchange endpoint that trades `subjectToken` for `accessToken`. */
export async function startTokenEndpoint(subjectToken: string, accessToken = `ya29.test-${Date.now()}-AbCdEf0123456789`): Promise<TokenEndpoint> {
  const endpoint = { exchanges: 0 };
  const server = createServer((req, res) => {
    void bodyOf(req).then((text) => {
      const form = new URLSearchParams(text);
      endpoint.exchanges++;
      if (req.method !== 'POST' || form.get('subject_token') !== subjectToken) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid_grant', error_description: 'bad subject token' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ access_token: accessToken, issued_token_type: 'urn:ietf:params:oauth:token-type:access_token', token_type: 'Bearer', expires_in: 3600 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(endpoint, {
    url: `http://127.0.0.1:${port}/v1/token`,
    accessToken,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** Writes the subject token and an `external_account` credentials file into `dir`; returns the file's path. */
export async function writeExternalAccount(dir: string, tokenUrl: string, subjectToken: string): Promise<string> {
  const subjectFile = join(dir, 'oidc-token.txt');
  await writeFile(subjectFile, subjectToken);
  const file = join(dir, 'gcp-credentials.json');
  const credentials = {
    type: 'external_account',
    audience: '//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/github/providers/repo',
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: tokenUrl,
    credential_source: { file: subjectFile },
  };
  await writeFile(file, JSON.stringify(credentials));
  return file;
}
