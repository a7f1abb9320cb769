/**
 * Graceful drain for SIGTERM: every request already received is answered; what arrives
 * after the signal gets 503 + Retry-After (+ Connection: close) instead of a reset; once
 * the grace period is over, a write that has not started its transaction yet is refused
 * with 503 before it touches the database, so each answer is either "committed, 200" or
 * "not committed, 503". Then the listener and the database close.
 */
import type { Server } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { Db } from '../db/db';
import { HttpProblem, problemResponse } from './problem';

const RETRY_AFTER_SECONDS = '5';

export class Drain {
  private draining = false;
  private graceOver = false;
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  get stopping(): boolean {
    return this.draining;
  }

  /** counts requests; refuses those that arrive once draining */
  readonly middleware: MiddlewareHandler = async (c, next) => {
    if (this.draining) {
      return problemResponse(503, 'The server is shutting down; try again shortly.', c.req.path.slice(0, 200), {}, {
        'Retry-After': RETRY_AFTER_SECONDS,
        Connection: 'close',
      });
    }
    this.inFlight += 1;
    try {
      await next();
      if (this.draining) c.res.headers.set('Connection', 'close');
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    }
  };

  start(): void {
    this.draining = true;
  }

  endGrace(): void {
    this.graceOver = true;
  }

  /** resolves when no request is in flight */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** `db` whose transactions refuse to begin after the grace period */
  guard(db: Db): Db {
    return {
      ...db,
      kind: db.kind,
      query: (text, params) => db.query(text, params),
      exec: (script) => db.exec(script),
      close: () => db.close(),
      transaction: (fn) => {
        if (this.graceOver) return Promise.reject(this.refusal());
        return db.transaction((tx) => {
          // it may have waited for PGlite's one connection past the grace period
          if (this.graceOver) throw this.refusal();
          return fn(tx);
        });
      },
    };
  }

  private refusal(): HttpProblem {
    return new HttpProblem(503, 'The server is shutting down; nothing was changed. Try again shortly.', {}, { 'Retry-After': RETRY_AFTER_SECONDS, Connection: 'close' });
  }
}

export interface ShutdownOptions {
  server: Server;
  db: Db;
  drain: Drain;
  logger: Logger;
  /** how long requests already received may take before the rest are refused */
  graceMs: number;
  /** what must close before the database (the change feed's LISTEN connection) */
  beforeDbClose?: () => Promise<void>;
}

/** SIGTERM / SIGINT: drain, close the listener and every socket, close the database, exit. */
export function installGracefulShutdown({ server, db, drain, logger, graceMs, beforeDbClose }: ShutdownOptions): void {
  const shutdown = async (signal: string) => {
    if (drain.stopping) return;
    drain.start();
    logger.info({ signal, graceMs }, 'shutting down: answering requests in flight, refusing new ones with 503');
    const grace = setTimeout(() => {
      logger.warn('grace period over: writes not yet started are refused with 503');
      drain.endGrace();
    }, graceMs);
    // last resort: a request stuck past the grace period (plus time to finish a transaction)
    setTimeout(() => {
      logger.error('requests did not finish in time; exiting');
      process.exit(1);
    }, graceMs + 10_000).unref();
    await drain.idle();
    // connections that were still in the accept queue are answered (503) rather than reset
    await new Promise((resolve) => setTimeout(resolve, 100));
    await drain.idle();
    clearTimeout(grace);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    try {
      await beforeDbClose?.();
      await db.close();
      logger.info('database closed; bye');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'closing the database failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
