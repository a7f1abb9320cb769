/** Who is calling the mock API: the four sample users' static tokens, as the server's dev tokens. */
import { SAMPLE_USERS, mayEdit, type SampleUser } from '../../src/auth/sample-users';
import { MockProblem } from './problem';

export type MockPrincipal = Pick<SampleUser, 'id' | 'displayName' | 'role' | 'regionId'>;

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="rcm-api"' };

export function requirePrincipal(request: Request): MockPrincipal {
  const m = /^Bearer[ ]+([\x21-\x7e]{1,512})\s*$/i.exec(request.headers.get('Authorization') ?? '');
  if (!m) throw new MockProblem(401, 'This needs a bearer token: Authorization: Bearer <token>.', {}, CHALLENGE);
  const user = SAMPLE_USERS.find((u) => u.token === m[1]);
  if (!user) throw new MockProblem(401, 'The bearer token is not valid.', {}, { 'WWW-Authenticate': 'Bearer realm="rcm-api", error="invalid_token"' });
  return user;
}

export function requireWriter(request: Request): MockPrincipal {
  const principal = requirePrincipal(request);
  if (principal.role === 'viewer') throw new MockProblem(403, 'A viewer token cannot change data.');
  return principal;
}

export function requireIfMatch(request: Request): string {
  const value = request.headers.get('If-Match');
  if (!value || value.trim() === '') {
    throw new MockProblem(428, 'Send If-Match with the ETag you read, so a concurrent change is not overwritten.');
  }
  return value;
}

export function checkRegion(principal: MockPrincipal, regionId: number, what: string): void {
  if (!mayEdit(principal, regionId)) {
    const scope = principal.role === 'editor' ? `an editor of Region ${principal.regionId ?? '?'}` : `a ${principal.role}`;
    throw new MockProblem(403, `As ${scope} you cannot change ${what} (Region ${regionId}).`);
  }
}
