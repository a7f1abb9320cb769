/**
 * The types the Hono app and its route modules share, in their own module so the routes
 * and guards need not import the app that imports them.
 */
import type { Hono } from 'hono';
import type { Logger } from 'pino';
import type { Db } from '../db/db';
import type { SnapshotCache } from '../store/snapshot';
import type { Principal, TokenStore } from './auth';
import type { WriteRateLimiter } from './rate-limit';

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
}

export type AppEnv = { Variables: { principal: Principal | undefined; requestId: string } };
export type App = Hono<AppEnv>;

export interface AppServices {
  deps: AppDeps;
  snapshots: SnapshotCache;
  limiter: WriteRateLimiter;
  now: () => number;
}
