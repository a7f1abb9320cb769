/**
 * Access-token verification with `jose` against the issuer's JWKS: signature by a key of
 * the issuer's key set (looked up by `kid`; an unknown kid refetches the set once, with a
 * cooldown), `iss`, `aud`, `exp` (required), `nbf`, and an asymmetric algorithm
 * allow-list, so `alg: none` and HS256-signed-with-the-public-key are refused.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Principal } from '../http/auth';
import { principalFromClaims } from './claims';
import type { OidcConfig } from './oidc-config';

/** seconds of clock skew tolerated for exp/nbf/iat */
const CLOCK_TOLERANCE_S = 30;

export type JwtOutcome = { ok: true; principal: Principal } | { ok: false; status: 401 | 503; reason: string };

/** why a token was refused, in words safe to return (no token content) */
function reasonOf(error: unknown): { status: 401 | 503; reason: string } {
  if (error instanceof errors.JWTExpired) return { status: 401, reason: 'the token has expired' };
  if (error instanceof errors.JWTClaimValidationFailed) return { status: 401, reason: `the token's "${error.claim}" claim is not accepted` };
  if (error instanceof errors.JOSEAlgNotAllowed) return { status: 401, reason: 'the token is signed with an algorithm that is not allowed' };
  if (error instanceof errors.JWKSNoMatchingKey) return { status: 401, reason: "no key of the issuer's key set matches the token" };
  if (error instanceof errors.JWSSignatureVerificationFailed) return { status: 401, reason: 'the token signature is not valid' };
  if (error instanceof errors.JWKSTimeout || error instanceof DiscoveryError) return { status: 503, reason: 'the identity provider could not be reached to check the token' };
  if (error instanceof errors.JOSEError) return { status: 401, reason: 'the token is not a valid signed JWT' };
  return { status: 503, reason: 'the identity provider could not be reached to check the token' };
}

class DiscoveryError extends Error {}

async function discoverJwksUri(issuer: string, fetchImpl: typeof fetch): Promise<URL> {
  const url = `${issuer}/.well-known/openid-configuration`;
  let res: Response;
  try {
    res = await fetchImpl(url, { signal: AbortSignal.timeout(5000), headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new DiscoveryError(`discovery ${url}: ${error instanceof Error ? error.message : 'failed'}`);
  }
  if (!res.ok) throw new DiscoveryError(`discovery ${url}: HTTP ${res.status}`);
  const doc = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown };
  // the document must be the issuer's own (OIDC Discovery 4.3)
  if (doc.issuer !== issuer && doc.issuer !== `${issuer}/`) throw new DiscoveryError(`discovery ${url}: issuer is ${String(doc.issuer)}`);
  if (typeof doc.jwks_uri !== 'string') throw new DiscoveryError(`discovery ${url}: no jwks_uri`);
  return new URL(doc.jwks_uri);
}

export class JwtVerifier {
  private keySet: Promise<JWTVerifyGetKey> | null = null;

  constructor(
    private readonly config: OidcConfig,
    private readonly fetchImpl: typeof fetch = globalThis.fetch,
  ) {}

  private keys(): Promise<JWTVerifyGetKey> {
    this.keySet ??= (async () => {
      const uri = this.config.jwksUri ? new URL(this.config.jwksUri) : await discoverJwksUri(this.config.issuer, this.fetchImpl);
      return createRemoteJWKSet(uri, { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
    })();
    // a failed discovery is retried on the next token, not remembered
    this.keySet.catch(() => {
      this.keySet = null;
    });
    return this.keySet;
  }

  async verify(token: string): Promise<JwtOutcome> {
    try {
      const getKey = await this.keys();
      const { payload } = await jwtVerify<JWTPayload>(token, getKey, {
        issuer: [this.config.issuer, `${this.config.issuer}/`],
        audience: this.config.audience,
        algorithms: this.config.algorithms,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: CLOCK_TOLERANCE_S,
      });
      return { ok: true, principal: principalFromClaims(payload, this.config) };
    } catch (error) {
      return { ok: false, ...reasonOf(error) };
    }
  }
}

/** header.payload.signature in base64url: a JWT (the static tokens never have a dot) */
export const looksLikeJwt = (token: string): boolean => /^[\w-]+\.[\w-]+\.[\w-]*$/.test(token);
