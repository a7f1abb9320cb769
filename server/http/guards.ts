/** Authentication, role, rate-limit and precondition checks shared by the routes. */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv, AppServices } from './types';
import { bearerToken, type Principal, type TokenStore } from './auth';
import { HttpProblem } from './problem';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="rcm-api"' };

/** the client's address (the socket's peer; a proxy in front is one client) */
function clientOf(c: Context<AppEnv>): string {
  const env = c.env as { incoming?: IncomingMessage } | undefined;
  return env?.incoming?.socket.remoteAddress ?? 'unknown';
}

/** 401, or 429 once this client has failed too often (see auth-throttle.ts) */
function authFailure(c: Context<AppEnv>, problem: HttpProblem): HttpProblem {
  const throttle = c.get('authThrottle');
  const client = clientOf(c);
  const wait = throttle.blockedFor(client);
  if (wait > 0) {
    return new HttpProblem(429, `Too many failed authentications from this client; try again in ${wait} s.`, {}, { 'Retry-After': String(wait) });
  }
  throttle.fail(client);
  return problem;
}

/** the caller's principal, or 401 (429 after repeated failures) */
export function requirePrincipal(c: Context<AppEnv>, tokens: TokenStore): Principal {
  // a JWT was verified (or refused) by the auth middleware already
  const verified = c.get('principal');
  if (verified) return verified;
  const failure = c.get('authFailure');
  if (failure) {
    throw new HttpProblem(failure.status, `The bearer token is not accepted: ${failure.reason}.`, {}, {
      'WWW-Authenticate': 'Bearer realm="rcm-api", error="invalid_token"',
    });
  }
  const header = c.req.header('Authorization');
  const token = bearerToken(header);
  if (token === null) {
    throw authFailure(c, new HttpProblem(401, 'This needs a bearer token: Authorization: Bearer <token>.', {}, CHALLENGE));
  }
  const principal = tokens.authenticate(token);
  if (!principal) {
    throw authFailure(
      c,
      new HttpProblem(401, 'The bearer token is not valid.', {}, { 'WWW-Authenticate': 'Bearer realm="rcm-api", error="invalid_token"' }),
    );
  }
  c.set('principal', principal);
  return principal;
}

/** an editor or admin within the write rate limit, or 401/403/429 */
export function requireWriter(c: Context<AppEnv>, { deps, limiter }: AppServices): Principal {
  const principal = requirePrincipal(c, deps.tokens);
  if (principal.role === 'viewer') throw new HttpProblem(403, 'A viewer token cannot change data.');
  const decision = limiter.take(principal.name);
  if (!decision.allowed) {
    throw new HttpProblem(429, `Too many writes with this token; try again in ${decision.retryAfterSeconds} s.`, {}, {
      'Retry-After': String(decision.retryAfterSeconds),
    });
  }
  return principal;
}

/** If-Match, or 428 */
export function requireIfMatch(c: Context<AppEnv>): string {
  const value = c.req.header('If-Match');
  if (!value || value.trim() === '') {
    throw new HttpProblem(428, 'Send If-Match with the ETag you read, so a concurrent change is not overwritten.');
  }
  return value;
}

/** the JSON body validated by `schema`, or 415/400/422 */
export async function jsonBody<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.output<S>> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new HttpProblem(415, 'Send the body as application/json.');
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new HttpProblem(400, 'The body is not valid JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message.slice(0, 200) }));
    throw new HttpProblem(422, `The body is not valid: ${errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')}.`, { errors });
  }
  return parsed.data;
}
