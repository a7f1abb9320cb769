/**
 * Fault injection for the crash test only (server/tests/import-crash.test.ts): with
 * RCM_TEST_FAULTS=1 and RCM_TEST_IMPORT_HANG_AFTER_ROWS=N, a real import stops for good
 * after applying N rows, inside its open transaction, and logs that it did, so the test
 * can kill the process at that exact point. Without both variables this does nothing.
 */
import type { Logger } from 'pino';

export function importFaultFromEnv(env: Record<string, string | undefined>, logger: Logger): ((rows: number) => Promise<void>) | undefined {
  if (env.RCM_TEST_FAULTS !== '1') return undefined;
  const after = Number(env.RCM_TEST_IMPORT_HANG_AFTER_ROWS);
  if (!Number.isInteger(after) || after < 1) return undefined;
  return async (rows) => {
    if (rows < after) return;
    logger.warn({ rows }, 'import paused by fault injection');
    await new Promise<never>(() => undefined);
  };
}
