/**
 * Server configuration from the environment, validated once at start.
 *
 *   PORT (8787)  HOST (127.0.0.1)  DATABASE_URL (unset: embedded PGlite in DATA_DIR)
 *   DATA_DIR (server/data; ':memory:' for a throwaway database)
 *   API_TOKENS (JSON, see http/auth.ts; unset: the sample dev tokens, refused in production)
 *   CORS_ORIGINS (comma-separated; default: Vite dev/preview on loopback)
 *   BODY_LIMIT_BYTES (262144)  WRITES_PER_MINUTE (60)  LOG_LEVEL (info)
 *   OIDC_* (unset OIDC_ISSUER: no JWTs, static tokens only; see auth/oidc-config.ts)
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadOidcConfig, type OidcConfig } from './auth/oidc-config';
import { DEV_TOKENS, parseApiTokens, type TokenEntry } from './http/auth';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));
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
  NODE_ENV: z.string().optional(),
});

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
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  oidc: OidcConfig | null;
}

export function loadConfig(env: Record<string, string | undefined>): ServerConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid server configuration: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown'}`);
  }
  const e = parsed.data;
  const usingDevTokens = !e.API_TOKENS;
  if (usingDevTokens && e.NODE_ENV === 'production') {
    throw new Error('API_TOKENS must be set in production (the sample dev tokens are public).');
  }
  const corsOrigins = e.CORS_ORIGINS
    ? e.CORS_ORIGINS.split(',').map((o) => o.trim()).filter((o) => o.length > 0)
    : DEFAULT_CORS_ORIGINS;
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new Error(`CORS_ORIGINS: "${origin}" is not an origin like https://host:port`);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR === ':memory:' ? undefined : (e.DATA_DIR ?? DEFAULT_DATA_DIR),
    tokens: e.API_TOKENS ? parseApiTokens(e.API_TOKENS) : [...DEV_TOKENS],
    usingDevTokens,
    corsOrigins,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    writesPerMinute: e.WRITES_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
    oidc: loadOidcConfig(env),
  };
}
