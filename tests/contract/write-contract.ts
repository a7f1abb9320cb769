/**
 * The write half of the /api/v1 contract, for every route in WRITE_ENDPOINTS, against
 * the mock and the server alike: 401 without a token, 428 without If-Match, 412 on a
 * stale one, 403 outside the caller's role or region, 422 on a bad body (all
 * problem+json), and a good write answers the resource with a new ETag that a read then
 * confirms, plus an audit entry naming the actor.
 */
import { expect, it } from 'vitest';
import type { JurisdictionDetail, Region } from '../../src/api/schemas';
import { SAMPLE_USERS } from '../../src/auth/sample-users';
import { AuditPage, WRITE_ENDPOINTS, type WriteEndpoint } from '../../src/api/write-schemas';
import type { ContractTarget } from './contract-suite';

const token = (id: string): string => SAMPLE_USERS.find((u) => u.id === id)?.token ?? '';
const ADMIN = { token: token('sample-admin'), name: 'Avery Chen' };
const R6 = { token: token('sample-editor-region-6'), name: 'Rosa Delgado' };
const R4 = token('sample-editor-region-4');

interface Case {
  /** the path with its parameters filled in */
  path: string;
  /** the resource whose ETag the write needs */
  resource: string;
  good: unknown;
  bad: unknown;
  /** who may write it / who may not (403) */
  writer: { token: string; name: string };
  refused: string;
  audit: { entity: string; entityId: string; action: string };
}

async function cases(t: ContractTarget): Promise<Record<WriteEndpoint, Case>> {
  const get = async <T>(path: string): Promise<T> => (await (await t.fetch(`${t.baseUrl}/api/v1${path}`)).json()) as T;
  const tx = await get<JurisdictionDetail>('/jurisdictions/TX');
  const regions = await get<Region[]>('/regions');
  const r6 = regions.find((r) => r.id === 6);
  const withTa = r6?.jurisdictions.length ? await Promise.all(r6.jurisdictions.map((c) => get<JurisdictionDetail>(`/jurisdictions/${c}`))) : [];
  const taHolder = withTa.find((d) => d.taRequests.length > 0);
  const ta = taHolder?.taRequests[0];
  const coordinator = r6?.coordinators[0];
  if (!r6 || !coordinator || !taHolder || !ta) throw new Error('the sample needs Region 6 with a coordinator and a TA request');
  // a coverage change that leaves every jurisdiction covered: add one it lacks, or drop one a colleague also covers
  const others = new Set(r6.coordinators.slice(1).flatMap((c) => c.jurisdictions));
  const lacking = r6.jurisdictions.find((c) => !coordinator.jurisdictions.includes(c));
  const shared = coordinator.jurisdictions.find((c) => others.has(c));
  const coverage = lacking ? [...coordinator.jurisdictions, lacking] : coordinator.jurisdictions.filter((c) => c !== shared);
  const marker = tx.markerDetails[0];
  if (!marker) throw new Error('Texas has no markers');
  const jur = (suffix: string, good: unknown, bad: unknown, action: string, entity = 'jurisdiction', entityId = 'TX'): Case => ({
    path: `/jurisdictions/TX${suffix}`, resource: '/jurisdictions/TX', good, bad, writer: R6, refused: R4, audit: { entity, entityId, action },
  });
  const stamp = String(Date.now() % 90 + 10);
  return {
    scip: jur('/scip', { status: tx.scip.status === 'current' ? 'in-progress' : 'current' }, { status: 'finished' }, 'update-scip'),
    marker: jur(`/markers/${marker.id}`, { level: marker.level === 'optimized' ? 'initial' : 'optimized' }, { level: 'perfect' }, 'update-marker', 'marker', `TX/${marker.id}`),
    taCreate: jur('/ta-requests', { category: 'Governance', title: 'Contract-suite request' }, { title: '' }, 'create-ta-request', 'ta-request', ''),
    taPatch: {
      path: `/jurisdictions/${taHolder.code}/ta-requests/${ta.id}`, resource: `/jurisdictions/${taHolder.code}`,
      good: { status: ta.status === 'complete' ? 'scheduled' : 'complete' }, bad: { status: 'lost' }, writer: R6, refused: R4,
      audit: { entity: 'ta-request', entityId: ta.id, action: 'update-ta-request' },
    },
    swic: jur('/swic', { phone: `+1 512 555 01${stamp}` }, { email: 'not-an-email' }, 'update-swic'),
    governance: jur('/governance', { name: `Texas Interoperability Board ${stamp}` }, { kind: 'BOARD' }, 'update-governance'),
    notes: jur('/notes', { notes: `Contract suite note ${stamp}` }, { notes: 42 }, 'update-notes'),
    coordinator: {
      path: `/coordinators/${coordinator.id}`, resource: `/coordinators/${coordinator.id}`, good: { phone: `+1 940 555 01${stamp}` }, bad: { email: 'nope' },
      writer: R6, refused: R4, audit: { entity: 'coordinator', entityId: coordinator.id, action: 'update-contact' },
    },
    coverage: {
      path: `/coordinators/${coordinator.id}/jurisdictions`, resource: `/coordinators/${coordinator.id}`, good: { jurisdictions: coverage }, bad: { jurisdictions: [] },
      writer: ADMIN, refused: R6.token, audit: { entity: 'coordinator', entityId: coordinator.id, action: 'update-coverage' },
    },
  };
}

export function writeContract(getTarget: () => ContractTarget): void {
  const call = (t: ContractTarget, method: string, path: string, body: unknown, headers: Record<string, string>) =>
    t.fetch(`${t.baseUrl}/api/v1${path}`, { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } });
  const expectProblem = async (res: Response, status: number, label: string) => {
    expect(res.status, label).toBe(status);
    expect(res.headers.get('Content-Type'), label).toMatch(/^application\/problem\+json/);
    expect(((await res.json()) as { status: number }).status, label).toBe(status);
  };

  for (const endpoint of Object.keys(WRITE_ENDPOINTS) as WriteEndpoint[]) {
    const { method } = WRITE_ENDPOINTS[endpoint];
    it(`${method} ${WRITE_ENDPOINTS[endpoint].path}: 401, 428, 412, 403, 422, then a write with a new ETag and an audit entry`, async () => {
      const t = getTarget();
      const c = (await cases(t))[endpoint];
      const etagOf = async () => (await t.fetch(`${t.baseUrl}/api/v1${c.resource}`)).headers.get('ETag') ?? '';
      const etag = await etagOf();
      expect(etag, 'the resource has an ETag').not.toBe('');
      const auth = (tok: string) => ({ Authorization: `Bearer ${tok}` });
      await expectProblem(await call(t, method, c.path, c.good, { 'If-Match': etag }), 401, 'no token');
      await expectProblem(await call(t, method, c.path, c.good, auth(c.writer.token)), 428, 'no If-Match');
      await expectProblem(await call(t, method, c.path, c.good, { ...auth(c.writer.token), 'If-Match': '"stale"' }), 412, 'stale If-Match');
      await expectProblem(await call(t, method, c.path, c.good, { ...auth(c.refused), 'If-Match': etag }), 403, 'outside role or region');
      await expectProblem(await call(t, method, c.path, c.bad, { ...auth(c.writer.token), 'If-Match': etag }), 422, 'bad body');
      expect(await etagOf(), 'refused writes change nothing').toBe(etag);

      const res = await call(t, method, c.path, c.good, { ...auth(c.writer.token), 'If-Match': etag });
      expect(res.status).toBe(method === 'POST' ? 201 : 200);
      const newEtag = res.headers.get('ETag');
      expect(newEtag).toBeTruthy();
      expect(newEtag).not.toBe(etag);
      expect(await etagOf(), 'a read confirms the new ETag').toBe(newEtag);
      const audit = AuditPage.parse(await (await t.fetch(`${t.baseUrl}/api/v1/audit?entity=${c.audit.entity}&limit=1`, { headers: auth(ADMIN.token) })).json());
      expect(audit.entries[0]).toMatchObject({ action: c.audit.action, actor: c.writer.name, ...(c.audit.entityId ? { entityId: c.audit.entityId } : {}) });
    });
  }
}
