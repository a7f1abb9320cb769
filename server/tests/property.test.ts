// Property-based abuse (fast-check): arbitrary strings (lone surrogates, NUL, control and
// format characters), dates (any year), numbers and shapes at every write route of
// WRITE_ENDPOINTS, every query parameter and the CSV import. No answer may be 5xx, and a
// CSV dry run without errors means the real import succeeds.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRITE_ENDPOINTS, ImportReport } from '../../src/api/write-schemas';
import { bearer, createTestServer, SLOW_HOOK, TOKENS, type TestServer } from './harness';

const RUNS = 500;
const LONG = { timeout: 900_000 };

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ writesPerMinute: 1_000_000 });
}, SLOW_HOOK);
afterAll(() => server.close());

const admin = bearer(TOKENS.admin);

const year = fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1985, max: 2105 }), fc.constantFrom(0, 1, 1989, 1990, 2100, 2101, 9999));
const isoLike = fc
  .tuple(year, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const nasty = fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', '\udc00x', '\u200b', '\u202e', 'e\u0301', '\t\n', '<script>', "'; DROP TABLE x; --", '𝔘𝔫𝔦', 'x'.repeat(5000));
const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 300 }), nasty);
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(2_147_483_648, -1, 0, 1e308, Number.MAX_SAFE_INTEGER));
const value = fc.oneof(
  text,
  isoLike,
  number,
  fc.constantFrom(null, true, false, 'current', 'overdue', 'defined', 'requested', 'SIGB', 'SIEC', '2026-05-01', 'TX', 'ok@example.org', '555-0100'),
  fc.array(fc.oneof(fc.constantFrom('TX', 'NM', 'OK'), text), { maxLength: 60 }),
  fc.object({ maxDepth: 1 }),
);
const FIELDS = ['status', 'adopted', 'expires', 'lastAnnualReport', 'nextWorkshop', 'level', 'assessed', 'category', 'title', 'requested', 'name', 'email', 'phone', 'kind', 'notes', 'jurisdictions'];
/** a value the field could take, so that many bodies get past the schema to the database */
const plausible: Record<string, fc.Arbitrary<unknown>> = {
  status: fc.constantFrom('current', 'overdue', 'in-progress', 'requested', 'scheduled', 'complete'),
  level: fc.constantFrom('initial', 'defined', 'optimized', 'not-assessed'),
  kind: fc.constantFrom('SIGB', 'SIEC'),
  email: fc.constantFrom('ok@example.org', ' ok@example.org ', 'a@b'),
  phone: fc.constantFrom('555-0100', '(555) 0100', '+1 555 0100'),
  jurisdictions: fc.array(fc.constantFrom('TX', 'NM', 'OK', 'AR', 'LA', 'GA'), { minLength: 1, maxLength: 5 }),
};
const fieldValue = (key: string) =>
  fc.oneof(
    { weight: 4, arbitrary: plausible[key] ?? (/date|adopted|expires|assessed|requested|Report|Workshop/i.test(key) ? isoLike : text) },
    { weight: 2, arbitrary: text },
    { weight: 2, arbitrary: isoLike },
    { weight: 1, arbitrary: value },
  );
/** mostly the route's own fields (some left out), sometimes any keys, sometimes any JSON at all */
const bodyFor = (schema: unknown) => {
  const keys = Object.keys((schema as { shape?: Record<string, unknown> }).shape ?? {});
  const own = keys.length > 0 ? fc.record(Object.fromEntries(keys.map((k) => [k, fieldValue(k)])), { requiredKeys: [] }) : fc.constant({});
  return fc.oneof(
    { weight: 8, arbitrary: own },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string()), value, { maxKeys: 6 }) },
    { weight: 1, arbitrary: fc.anything() },
  );
};
const pathValue = (kind: string) =>
  ({
    code: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('TX', 'nm', 'GU', 'AS') }, { weight: 1, arbitrary: fc.string() }),
    markerId: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('M01', 'M25', 'M26', 'M00') }, { weight: 1, arbitrary: fc.string() }),
    taId: fc.oneof(fc.constantFrom('ta-1', 'TX-TA-1', 'x'), fc.string()),
    id: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('ecc-r06-1', 'ecc-r04-1', 'nobody') }, { weight: 1, arbitrary: fc.string() }),
  })[kind] ?? fc.string();

async function assertNo5xx(res: Response, what: string): Promise<void> {
  if (res.status >= 500) throw new Error(`${what} answered ${res.status}: ${await res.text()}`);
}

describe('no input is answered 5xx', () => {
  for (const [name, route] of Object.entries(WRITE_ENDPOINTS)) {
    it(`${route.method} ${route.path} (${name}): ${RUNS} arbitrary bodies and path values`, LONG, async () => {
      const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
      await fc.assert(
        fc.asyncProperty(fc.tuple(...params.map(pathValue)), bodyFor(route.body), async (values, payload) => {
          let path: string = route.path;
          params.forEach((p, i) => (path = path.replace(`{${p}}`, encodeURIComponent(values[i] ?? ''))));
          const res = await server.request(`/api/v1${path}`, {
            method: route.method,
            body: JSON.stringify(payload) ?? 'null',
            headers: { ...admin, 'Content-Type': 'application/json', 'If-Match': '*' },
          });
          await assertNo5xx(res, `${route.method} ${path} ${JSON.stringify(payload)?.slice(0, 300)}`);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it(`GET /audit: ${RUNS} arbitrary entity, entityId, limit and before`, LONG, async () => {
    const param = fc.oneof(text, number.map(String), isoLike);
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('entity', 'entityId', 'limit', 'before'), param, { maxKeys: 4 }), async (query) => {
        const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, v.replace(/[\ud800-\udfff]/g, '\u0000')])).toString();
        await assertNo5xx(await server.request(`/api/v1/audit?${qs}`, { headers: admin }), `/audit?${qs}`);
      }),
      { numRuns: RUNS },
    );
  });

  it(`GET reads: ${RUNS} arbitrary path values and If-None-Match`, LONG, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/jurisdictions/', '/coordinators/'), fc.string({ unit: 'binary' }), fc.string(), async (prefix, id, inm) => {
        const res = await server.request(`/api/v1${prefix}${encodeURIComponent(id.replace(/[\ud800-\udfff]/g, 'x'))}`, { headers: { 'If-None-Match': inm.replace(/[^\x20-\x7e]/g, '') } });
        await assertNo5xx(res, `${prefix}${id}`);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('CSV import', () => {
  const cell = fc.oneof(fc.constantFrom('TX', 'NM', 'OK', 'ZZ', 'current', 'overdue', '2026-01-01', '2031-01-01', ''), isoLike, text.map((s) => s.replace(/[",\r\n]/g, '')));
  const row = fc.tuple(fc.constantFrom('TX', 'NM', 'OK', 'AR', 'LA', 'zz'), fc.constantFrom('current', 'overdue', 'in-progress', 'bogus'), cell, cell, cell, cell);
  it(`${RUNS} arbitrary files: never 5xx, and a clean dry run means the import succeeds`, LONG, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 4 }), fc.constantFrom('true', 'false', 'yes', ''), async (rows, dryRun) => {
        const csv = ['code,status,adopted,expires,lastAnnualReport,nextWorkshop', ...rows.map((r) => r.join(','))].join('\n');
        const headers = { ...admin, 'Content-Type': 'text/csv', 'If-Match': '*' };
        const res = await server.request(`/api/v1/jurisdictions/import?dryRun=${dryRun}`, { method: 'POST', body: csv, headers });
        await assertNo5xx(res, `import dryRun=${dryRun}\n${csv}`);
        if (dryRun !== 'true' || res.status !== 200) return;
        const report = ImportReport.parse(await res.json());
        if (report.errors.length > 0) return;
        const real = await server.request('/api/v1/jurisdictions/import', { method: 'POST', body: csv, headers });
        expect(real.status, `dry run clean but the import answered ${real.status}: ${csv}`).toBe(200);
      }),
      { numRuns: RUNS },
    );
  });
});
