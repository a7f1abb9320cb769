/**
 * The local provider's HTTP server: the sign-in interaction pages (ours) in front of
 * oidc-provider's own endpoints (discovery, authorize, token, JWKS, userinfo, logout).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Provider from 'oidc-provider';
import { SAMPLE_USERS } from '../../src/auth/sample-users';
import { createDevProvider, type DevProviderOptions } from './provider';
import { signInPage } from './sign-in-page';

const INTERACTION = /^\/interaction\/([\w-]{1,128})(\/login|\/abort)?$/;
/**
 * The page has no script and loads nothing; its forms post to itself, and the browser
 * applies form-action to the redirects after the post too, so the app origins (where the
 * sign-in ends with ?code=…) are allowed as well.
 */
const pageHeaders = (appOrigins: readonly string[]) => ({
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${appOrigins.join(' ')}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 4096) break;
  }
  return new URLSearchParams(body);
}

async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  step: string | undefined,
  headers: Record<string, string>,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'consent' && typeof details.session?.accountId === 'string') {
    // a first-party client asked to consent explicitly (prompt=consent): grant what it asked for
    const grant = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
    const next = grant ?? new provider.Grant({ clientId: String(details.params.client_id), accountId: details.session.accountId });
    next.addOIDCScope(String(details.params.scope ?? 'openid'));
    for (const [resource, scope] of Object.entries(details.prompt.details.missingResourceScopes ?? {})) {
      if (Array.isArray(scope)) next.addResourceScope(resource, scope.join(' '));
    }
    const grantId = await next.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    return;
  }
  if (step === undefined && req.method === 'GET') {
    const client = await provider.Client.find(String(details.params.client_id ?? ''));
    res.writeHead(200, headers).end(signInPage(details.uid, client?.clientName ?? 'the dashboard'));
    return;
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { Allow: 'GET, POST' }).end();
    return;
  }
  if (step === '/abort') {
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The user cancelled the sign-in.' }, { mergeWithLastSubmission: false });
    return;
  }
  const accountId = (await readForm(req)).get('accountId') ?? '';
  if (!SAMPLE_USERS.some((u) => u.id === accountId)) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Pick one of the sample users.');
    return;
  }
  await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
}

export interface DevIdp {
  issuer: string;
  server: Server;
  close(): Promise<void>;
}

/** Starts the provider on host:port (0 = a free port); the issuer is http://host:port. */
export async function startDevIdp(options: Omit<DevProviderOptions, 'issuer'> & { host: string; port: number }): Promise<DevIdp> {
  let provider: Provider | undefined;
  let handle: ReturnType<Provider['callback']> | undefined;
  const headers = pageHeaders(options.appOrigins);
  const server = createServer((req, res) => {
    if (!provider || !handle) {
      res.writeHead(503).end();
      return;
    }
    const match = INTERACTION.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!match) {
      void handle(req, res);
      return;
    }
    handleInteraction(provider, req, res, match[2], headers).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`The sign-in could not continue: ${error instanceof Error ? error.message : 'unknown error'}. Start again from the app.`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${options.host}:${port}`;
  try {
    provider = await createDevProvider({ ...options, issuer });
    handle = provider.callback();
  } catch (error) {
    server.close();
    throw error;
  }
  return {
    issuer,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
