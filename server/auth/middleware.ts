/**
 * Bearer JWTs are verified before the routes run (verification is async; the routes'
 * guards are not), and the outcome is left on the context: the principal, or why the
 * token was refused. requirePrincipal (http/guards.ts) reads it; a public read ignores it.
 * Static tokens (no dots) pass through untouched to the token store.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/types';
import { bearerToken } from '../http/auth';
import { looksLikeJwt, type JwtVerifier } from './jwt';

export function jwtAuthentication(verifier: JwtVerifier | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    if (token !== null && looksLikeJwt(token)) {
      if (!verifier) {
        c.set('authFailure', { status: 401, reason: 'this server does not accept JWTs (OIDC_ISSUER is not set)' });
      } else {
        const outcome = await verifier.verify(token);
        if (outcome.ok) c.set('principal', outcome.principal);
        else c.set('authFailure', { status: outcome.status, reason: outcome.reason });
      }
    }
    await next();
  };
}
