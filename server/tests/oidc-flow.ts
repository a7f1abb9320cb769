/**
 * A browser's authorization-code + PKCE sign-in against the local provider, done with
 * fetch (cookies carried by hand): authorize → sign-in page → pick a sample user →
 * callback with ?code → token endpoint. What oidc-client-ts does in the app.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface Tokens {
  access_token: string;
  id_token: string;
  refresh_token?: string;
  token_type: string;
  expires_in: number;
  scope: string;
}

const b64url = (buf: Buffer) => buf.toString('base64url');

class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (pair && at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** follows redirects by hand until one leaves the issuer (the app's redirect URI) or a page answers */
async function follow(jar: CookieJar, url: string, init: RequestInit = {}): Promise<{ res: Response; url: string }> {
  let current = url;
  let request: RequestInit = init;
  for (let hop = 0; hop < 12; hop++) {
    const res = await fetch(current, { ...request, redirect: 'manual', headers: { ...(request.headers as Record<string, string>), Cookie: jar.header() } });
    jar.take(res);
    const location = res.headers.get('Location');
    if (res.status < 300 || res.status >= 400 || !location) return { res, url: current };
    current = new URL(location, current).toString();
    request = {};
    if (!current.startsWith(new URL(url).origin)) return { res, url: current };
  }
  throw new Error('too many redirects');
}

export async function signInWithDevIdp(issuer: string, clientId: string, redirectUri: string, userId: string, scope = 'openid profile email offline_access'): Promise<Tokens> {
  const jar = new CookieJar();
  const verifier = b64url(randomBytes(32));
  const challenge = b64url(createHash('sha256').update(verifier).digest());
  const state = b64url(randomBytes(12));
  const authorize = new URL(`${issuer}/auth`);
  authorize.search = new URLSearchParams({
    client_id: clientId, response_type: 'code', scope, redirect_uri: redirectUri, state,
    code_challenge: challenge, code_challenge_method: 'S256', prompt: 'consent',
  }).toString();
  const page = await follow(jar, authorize.toString());
  const html = await page.res.text();
  if (!page.url.includes('/interaction/')) throw new Error(`expected the sign-in page, got ${page.res.status} at ${page.url}: ${html.slice(0, 300)}`);
  const action = /action="([^"]+\/login)"/.exec(html)?.[1];
  if (!action) throw new Error(`no sign-in form: ${html.slice(0, 300)}`);
  const done = await follow(jar, new URL(action, issuer).toString(), {
    method: 'POST',
    body: new URLSearchParams({ accountId: userId }).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  const callback = new URL(done.url);
  if (!done.url.startsWith(redirectUri.replace(/\/$/, ''))) throw new Error(`did not come back to the app: ${done.url} ${await done.res.text()}`);
  if (callback.searchParams.get('state') !== state) throw new Error('state mismatch');
  const code = callback.searchParams.get('code');
  if (!code) throw new Error(`no code in ${done.url}`);
  const tokenRes = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: clientId, code_verifier: verifier }).toString(),
  });
  const body = (await tokenRes.json()) as Tokens & { error?: string; error_description?: string };
  if (!tokenRes.ok) throw new Error(`token endpoint ${tokenRes.status}: ${body.error ?? ''} ${body.error_description ?? ''}`);
  return body;
}
