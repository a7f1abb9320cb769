/**
 * The types the Hono app and its route modules share, in their own module so the routes
 * and guards need not import the app that imports them.
 */
import type { Hono } from 'hono';
import type { Logger } from 'pino';
import type { JwtVerifier } from '../auth/jwt';
import type { OidcConfig } from '../auth/oidc-config';
import type { Db } from '../db/db';
import type { ChangeFeed } from '../store/change-feed';
import type { SnapshotCache } from '../store/snapshot';
import type { Principal, TokenStore } from './auth';
import type { WriteRateLimiter } from './rate-limit';
import type { AuthThrottle } from './auth-throttle';
import type { Drain } from './drain';

export interface AppDeps {
  db: Db;
  tokens: TokenStore;
  logger: Logger;
  /** exact origins allowed to call the API from a browser */
  corsOrigins: readonly string[];
  bodyLimitBytes: number;
  writesPerMinute: number;
  /** ms clock for the rate limiter and "today" (tests inject one) */
  now?: () => number;
  /** fault injection for tests: called after each applied import row, inside its transaction */
  importAfterRow?: (appliedRows: number) => Promise<void> | void;
  /** SIGTERM drain (main.ts); deps.db should then be drain.guard(db) */
  drain?: Drain;
  /** failed-authentication throttle (default: 20 failures, then 10 a minute, per client) */
  authThrottle?: AuthThrottle;
  /** how long a read trusts its snapshot without a version query (see SnapshotCache) */
  readRecheckMs?: number;
  /** the built SPA (dist/) to serve beside the API; unset: API only */
  spaDir?: string | undefined;
  /** OIDC settings (null/undefined: static tokens only) and the verifier built from them */
  oidc?: OidcConfig | null | undefined;
  jwt?: JwtVerifier | undefined;
  /** change notifications for GET /events (LISTEN/NOTIFY); built over `db` when not given */
  changes?: ChangeFeed | undefined;
}

export type AppEnv = {
  Variables: {
    principal: Principal | undefined;
    requestId: string;
    authThrottle: AuthThrottle;
    authFailure: { status: 401 | 503; reason: string } | undefined;
  };
};
export type App = Hono<AppEnv>;

export interface AppServices {
  deps: AppDeps;
  snapshots: SnapshotCache;
  limiter: WriteRateLimiter;
  now: () => number;
}
