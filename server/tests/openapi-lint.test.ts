// The OpenAPI document passes Redocly's "recommended" ruleset with 0 errors (what `redocly lint` runs),
// and describes every route the app serves.
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../openapi';
import { DEFAULT_CORS_ORIGINS } from '../config';
import type { Db } from '../db/db';
import { createApp } from '../http/app';
import { DEV_TOKENS, TokenStore } from '../http/auth';
import { silentLogger } from '../logger';

describe('OpenAPI document', { timeout: 60_000 }, () => {
  it("passes Redocly's recommended lint with 0 errors (and prints any warnings)", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(buildOpenApiDocument()), absoluteRef: 'openapi.json', config });
    const line = (p: (typeof problems)[number]) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location.map((l) => l.pointer).join(', ')}`;
    const warnings = problems.filter((p) => p.severity === 'warn');
    if (warnings.length > 0) console.info(`redocly recommended: ${warnings.length} warning(s)\n${warnings.map(line).join('\n')}`);
    expect(problems.filter((p) => p.severity === 'error').map(line)).toEqual([]);
  });

  it('documents every route the app serves (docs assets aside)', () => {
    // routes are registered without touching the database
    const app = createApp({ db: {} as Db, tokens: new TokenStore(DEV_TOKENS), logger: silentLogger, corsOrigins: DEFAULT_CORS_ORIGINS, bodyLimitBytes: 1024, writesPerMinute: 1 });
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, unknown>> };
    const served = app.routes
      .filter((r) => r.method !== 'ALL' && !r.path.startsWith('/api/docs/'))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).filter((m) => m !== 'parameters').map((m) => `${m} ${path}`));
    expect([...new Set(served)].sort()).toEqual(documented.sort());
  });

  it('every operation states its security; public reads say security: []', () => {
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (method === 'parameters') continue;
        expect(Array.isArray(op.security), `${method} ${path}`).toBe(true);
      }
    }
    expect(doc.paths['/api/v1/jurisdictions']?.get?.security).toEqual([]);
    expect(doc.paths['/api/v1/jurisdictions/{code}/swic']?.patch?.security).toEqual([{ bearer: [] }]);
  });
});
