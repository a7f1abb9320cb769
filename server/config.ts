/**
 * Server configuration from the environment, validated once at start. Every setting is
 * listed (with its default) in .env.example.
 *
 *   PORT (8787)  HOST (127.0.0.1)  DATABASE_URL (unset: embedded PGlite in DATA_DIR)
 *   DATA_DIR (server/data; ':memory:' for a throwaway database)
 *   API_TOKENS (JSON, see http/auth.ts; unset: the sample dev tokens, refused in production)
 *   CORS_ORIGINS (comma-separated; default: Vite dev/preview on loopback)
 *   BODY_LIMIT_BYTES (262144)  WRITES_PER_MINUTE (60)  LOG_LEVEL (info)
 *   SPA_DIR (unset: API only; production default: dist/)  SHUTDOWN_GRACE_MS (10000)
 *   READ_RECHECK_MS (PostgreSQL: 1000; PGlite: never, its one process writes)
 *   AUTH_FAILURES_BURST (20)  AUTH_FAILURES_PER_MINUTE (10)
 *   OIDC_* (unset OIDC_ISSUER: no JWTs, static tokens only; see auth/oidc-config.ts)
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadOidcConfig, type OidcConfig } from './auth/oidc-config';
import { DEV_TOKENS, parseApiTokens, TokenStore, type TokenEntry } from './http/auth';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));
// the built SPA at the repository root: one level up from server/config.ts, two from the
// bundle server/build/main.js
const BUILT_SPA_DIR = [new URL('../dist/', import.meta.url), new URL('../../dist/', import.meta.url)]
  .map((u) => fileURLToPath(u))
  .find((dir) => existsSync(`${dir}index.html`));
export const DEFAULT_CORS_ORIGINS = ['http://127.0.0.1:5173', 'http://localhost:5173', 'http://127.0.0.1:4173', 'http://localhost:4173'];

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).optional(),
  API_TOKENS: z.string().optional(),
  CORS_ORIGINS: z.string().optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(256 * 1024),
  WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SPA_DIR: z.string().min(1).optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  READ_RECHECK_MS: z.coerce.number().int().min(0).max(60_000).optional(),
  AUTH_FAILURES_BURST: z.coerce.number().int().min(1).max(10_000).default(20),
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(10),
  NODE_ENV: z.string().optional(),
});
type Env = z.infer<typeof Env>;

/**
 * Settings a production start cannot do without, each with why. A missing one stops the
 * start with its name. Other features add theirs here (e.g. OIDC_ISSUER, OIDC_CLIENT_ID).
 */
export const PRODUCTION_REQUIRED: readonly { name: string; why: string; present: (e: Env) => boolean }[] = [
  { name: 'API_TOKENS', why: 'the sample tokens are public', present: (e) => Boolean(e.API_TOKENS) },
  {
    name: 'DATABASE_URL or DATA_DIR',
    why: 'where the data lives must be chosen, not defaulted into the install directory',
    present: (e) => Boolean(e.DATABASE_URL ?? e.DATA_DIR),
  },
];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** undefined = in memory */
  dataDir: string | undefined;
  tokens: TokenEntry[];
  usingDevTokens: boolean;
  corsOrigins: string[];
  bodyLimitBytes: number;
  writesPerMinute: number;
  logLevel: Env['LOG_LEVEL'];
  production: boolean;
  spaDir: string | undefined;
  shutdownGraceMs: number;
  readRecheckMs: number;
  authFailures: { burst: number; perMinute: number };
  oidc: OidcConfig | null;
}

function checkProduction(e: Env, tokens: readonly TokenEntry[]): void {
  const missing = PRODUCTION_REQUIRED.filter((r) => !r.present(e));
  if (missing.length > 0) {
    throw new ConfigError(
      `NODE_ENV=production needs these settings (see .env.example): ${missing.map((m) => `${m.name} (${m.why})`).join('; ')}.`,
    );
  }
  // the README's sample tokens are public: refused even when listed in API_TOKENS
  const configured = new TokenStore(tokens);
  const sample = DEV_TOKENS.find((t) => t.token !== undefined && configured.authenticate(t.token) !== null);
  if (sample) throw new ConfigError(`API_TOKENS contains the public sample token of "${sample.name}"; it is refused in production.`);
}

export function loadConfig(env: Record<string, string | undefined>): ServerConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid server configuration: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown'}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const usingDevTokens = !e.API_TOKENS;
  const tokens = e.API_TOKENS ? parseApiTokens(e.API_TOKENS) : [...DEV_TOKENS];
  if (production) checkProduction(e, tokens);
  const corsOrigins = e.CORS_ORIGINS
    ? e.CORS_ORIGINS.split(',').map((o) => o.trim()).filter((o) => o.length > 0)
    : production
      ? [] // the SPA is served from the API's own origin
      : DEFAULT_CORS_ORIGINS;
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new ConfigError(`CORS_ORIGINS: "${origin}" is not an origin like https://host:port`);
  }
  const spaDir = e.SPA_DIR ?? (production ? BUILT_SPA_DIR : undefined);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR === ':memory:' ? undefined : (e.DATA_DIR ?? DEFAULT_DATA_DIR),
    tokens,
    usingDevTokens,
    corsOrigins,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    writesPerMinute: e.WRITES_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
    production,
    spaDir,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    // PGlite: this process holds the data directory's lock, so only its own writes change data
    readRecheckMs: e.READ_RECHECK_MS ?? (e.DATABASE_URL ? 1000 : Number.POSITIVE_INFINITY),
    authFailures: { burst: e.AUTH_FAILURES_BURST, perMinute: e.AUTH_FAILURES_PER_MINUTE },
    oidc: loadOidcConfig(env),
  };
}
