// Storage: migrations, the seed round trip (the database serves exactly the sample
// dataset), idempotent start, append-only audit, readiness and the OpenAPI document.
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleDataset } from '../../src/sample-data/seed';
import { ENDPOINTS, API_PREFIX } from '../../src/api/schemas';
import { migrate, listMigrations } from '../db/migrate';
import { seedIfEmpty } from '../db/seed';
import { buildOpenApiDocument } from '../openapi';
import { createTestServer, SLOW_HOOK, SLOW_TEST, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
}, SLOW_HOOK);
afterAll(() => server.close());

const getJson = async (path: string): Promise<unknown> => (await server.request(path)).json();

describe('database', SLOW_TEST, () => {
  it('serves exactly the sample dataset it was seeded from (one source of data)', async () => {
    const sample = buildSampleDataset();
    expect(await getJson('/api/v1/regions')).toEqual(sample.regions);
    expect(await getJson('/api/v1/jurisdictions')).toEqual(sample.summaries);
    for (const code of ['TX', 'PR', 'GU', 'DC', 'AK']) expect(await getJson(`/api/v1/jurisdictions/${code}`), code).toEqual(sample.details[code]);
    const meta = (await getJson('/api/v1/meta')) as Record<string, unknown>;
    expect(meta).toMatchObject({ dataset: sample.meta.dataset, sample: true, version: '1' });
  });

  it('records each migration once; a second start applies nothing and seeds nothing', async () => {
    const { rows } = await server.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(listMigrations().map((m) => m.version));
    expect(await migrate(server.db)).toEqual([]);
    expect(await seedIfEmpty(server.db)).toBe(false);
    const { rows: counts } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM jurisdictions');
    expect(counts[0]?.n).toBe(56);
  });

  it('refuses to change or delete audit entries', async () => {
    await server.db.query("INSERT INTO audit_log (actor, role, action, entity, entity_id) VALUES ('t', 'admin', 'test', 'jurisdiction', 'TX')");
    await expect(server.db.query("UPDATE audit_log SET actor = 'x'")).rejects.toThrow(/append-only/);
    await expect(server.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(server.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });

  it('is healthy and ready; not ready once a migration is missing', async () => {
    expect((await server.request('/healthz')).status).toBe(200);
    expect(await (await server.request('/readyz')).json()).toEqual({ status: 'ready' });
    await server.db.query('DELETE FROM schema_migrations');
    const res = await server.request('/readyz');
    expect(res.status).toBe(503);
    expect(res.headers.get('Content-Type')).toMatch(/problem\+json/);
    for (const m of listMigrations()) await server.db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    expect((await server.request('/readyz')).status).toBe(200);
  });
});

describe('OpenAPI document', SLOW_TEST, () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = buildOpenApiDocument();
    const api = await SwaggerParser.validate(structuredClone(doc) as never);
    expect(api).toMatchObject({ openapi: '3.1.0' });
  });

  it('is served at /api/v1/openapi.json and lists every contract endpoint', async () => {
    const res = await server.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    for (const { path } of Object.values(ENDPOINTS)) expect(Object.keys(doc.paths)).toContain(`${API_PREFIX}${path}`);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Meta', 'Regions', 'JurisdictionSummaries', 'JurisdictionDetail', 'Problem']));
  });
});
