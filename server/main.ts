/**
 * Entry point: `npm run server` (tsx server/main.ts). Opens the database (PGlite in
 * server/data, or DATABASE_URL), applies migrations, seeds the sample data on first
 * start, serves on HOST:PORT (127.0.0.1:8787), and shuts down gracefully on SIGTERM /
 * SIGINT: stop accepting, finish in-flight requests, close the database.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { JwtVerifier } from './auth/jwt';
import { loadConfig } from './config';
import { openDb } from './db/db';
import { migrate } from './db/migrate';
import { seedIfEmpty } from './db/seed';
import { createApp } from './http/app';
import { TokenStore } from './http/auth';
import { createLogger } from './logger';
import { ChangeFeed } from './store/change-feed';
import { importFaultFromEnv } from './test-faults';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
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
    oidc: config.oidc,
    jwt: config.oidc ? new JwtVerifier(config.oidc) : undefined,
  });
  if (config.oidc) logger.info({ issuer: config.oidc.issuer, audience: config.oidc.audience }, 'accepting OIDC access tokens');

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
    logger.info({ url: `http://${info.address}:${info.port}`, port: info.port }, 'listening');
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('in-flight requests did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    // open event streams would hold close() open: end them (clients reconnect elsewhere)
    void changes.close();
    server.close(() => {
      db.close()
        .then(() => {
          logger.info('database closed; bye');
          process.exit(0);
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'closing the database failed');
          process.exit(1);
        });
    });
    // keep-alive sockets with no request in flight would hold close() open
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
