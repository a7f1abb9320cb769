/**
 * Bearer tokens and roles. Tokens come from API_TOKENS (JSON) or, for a local demo only,
 * the sample dev tokens below. Only SHA-256 hashes are kept in memory, and a presented
 * token is compared with every hash in constant time, so neither timing nor a memory
 * dump gives a token away.
 *
 *   API_TOKENS='[{"name":"ops","role":"admin","sha256":"<hex>"},
 *                {"name":"r4","role":"editor","region":4,"token":"<at least 16 chars>"}]'
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { RegionId } from '../../src/api/schemas';
import { SAMPLE_USERS } from '../../src/auth/sample-users';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** who is calling: a token's name (never the token), its role, an editor's region */
export interface Principal {
  /** stable id: the token's name, or `oidc:<sub>` for a JWT (rate limits key on it) */
  name: string;
  /** the person's name, shown and recorded as the audit entry's actor */
  displayName: string;
  role: Role;
  regionId: number | null;
}

export const TokenEntry = z
  .object({
    name: z.string().regex(/^[\w.-]{1,64}$/, 'names are 1-64 letters, digits, "_", "-" or "."'),
    role: z.enum(ROLES),
    region: RegionId.optional(),
    displayName: z.string().min(1).max(120).optional(),
    token: z.string().min(16, 'tokens need at least 16 characters').optional(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 is 64 lowercase hex digits').optional(),
  })
  .strict()
  .refine((e) => (e.token === undefined) !== (e.sha256 === undefined), 'give exactly one of "token" or "sha256"')
  .refine((e) => (e.role === 'editor') === (e.region !== undefined), 'an editor needs a "region"; other roles have none');
export type TokenEntry = z.infer<typeof TokenEntry>;

/** SAMPLE tokens for the local demo and tests (printed in the README); never in production. */
export const DEV_TOKENS: readonly TokenEntry[] = SAMPLE_USERS.map((u) => ({
  name: u.id,
  displayName: u.displayName,
  role: u.role,
  token: u.token,
  ...(u.regionId === null ? {} : { region: u.regionId }),
}));

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Parses API_TOKENS; throws a readable Error naming the bad entry. */
export function parseApiTokens(json: string): TokenEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('API_TOKENS is not valid JSON');
  }
  const parsed = z.array(TokenEntry).min(1).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`API_TOKENS: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  const names = new Set<string>();
  for (const e of parsed.data) {
    if (names.has(e.name)) throw new Error(`API_TOKENS: duplicate name "${e.name}"`);
    names.add(e.name);
  }
  return parsed.data;
}

export class TokenStore {
  private readonly entries: { hash: Buffer; principal: Principal }[];

  constructor(entries: readonly TokenEntry[]) {
    this.entries = entries.map((e) => ({
      hash: e.sha256 !== undefined ? Buffer.from(e.sha256, 'hex') : sha256(e.token ?? ''),
      principal: { name: e.name, displayName: e.displayName ?? e.name, role: e.role, regionId: e.region ?? null },
    }));
  }

  /** the principal a token belongs to, or null; every entry is compared, match or not */
  authenticate(token: string): Principal | null {
    const presented = sha256(token);
    let found: Principal | null = null;
    for (const entry of this.entries) {
      if (timingSafeEqual(presented, entry.hash) && found === null) found = entry.principal;
    }
    return found;
  }
}

/** the token of an `Authorization: Bearer <token>` header, or null (JWTs run to a few KB) */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer[ ]+([\x21-\x7e]{1,8192})\s*$/i.exec(header ?? '');
  return m?.[1] ?? null;
}

/** Can this principal change data of `regionId`? Admins everywhere, editors in their own region. */
export function canWriteRegion(p: Principal, regionId: number): boolean {
  return p.role === 'admin' || (p.role === 'editor' && p.regionId === regionId);
}
