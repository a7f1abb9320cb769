/**
 * Entry point: `npm run server` (tsx server/main.ts), or `npm start` (the build's
 * dist-server/main.js, serving dist/ too). Opens the database (PGlite in server/data,
 * locked to this process, or DATABASE_URL), applies migrations, seeds the sample data on
 * first start, serves on HOST:PORT (127.0.0.1:8787), and drains on SIGTERM / SIGINT
 * (http/drain.ts): answer what was received, 503 for the rest, close the database.
 */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JwtVerifier } from './auth/jwt';
import { loadConfig } from './config';
import { openDb } from './db/db';
import { migrate } from './db/migrate';
import { seedIfEmpty } from './db/seed';
import { createApp } from './http/app';
import { TokenStore } from './http/auth';
import { AuthThrottle } from './http/auth-throttle';
import { Drain, installGracefulShutdown } from './http/drain';
import { createLogger } from './logger';
import { ChangeFeed } from './store/change-feed';
import { importFaultFromEnv } from './test-faults';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const drain = new Drain();
  const db = drain.guard(await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const applied = await migrate(db);
  const seeded = await seedIfEmpty(db);
  logger.info({ database: db.kind, dataDir: config.databaseUrl ? undefined : (config.dataDir ?? ':memory:'), migrationsApplied: applied, seeded }, 'database ready');
  if (config.usingDevTokens) logger.warn('API_TOKENS is not set: using the SAMPLE dev tokens from the README (local demo only)');

  // LISTEN for changes made through any API process on this database (GET /api/v1/events)
  const changes = await ChangeFeed.over(db);
  const app = createApp({
    changes,
    db,
    tokens: new TokenStore(config.tokens),
    logger,
    corsOrigins: config.corsOrigins,
    bodyLimitBytes: config.bodyLimitBytes,
    writesPerMinute: config.writesPerMinute,
    importAfterRow: importFaultFromEnv(process.env, logger),
    drain,
    authThrottle: new AuthThrottle(config.authFailures),
    readRecheckMs: config.readRecheckMs,
    spaDir: config.spaDir,
    oidc: config.oidc,
    jwt: config.oidc ? new JwtVerifier(config.oidc) : undefined,
  });
  if (config.oidc) logger.info({ issuer: config.oidc.issuer, audience: config.oidc.audience }, 'accepting OIDC access tokens');

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
    logger.info({ url: `http://${info.address}:${info.port}`, port: info.port, spa: config.spaDir ?? null }, 'listening');
  });
  // open event streams end with their connections; the change feed's LISTEN connection closes before the database
  installGracefulShutdown({ server: server as Server, db, drain, logger, graceMs: config.shutdownGraceMs, beforeDbClose: () => changes.close() });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
