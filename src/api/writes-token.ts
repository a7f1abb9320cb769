/**
 * The bearer token of the signed-in session, outside React: the session provider sets it,
 * the write client (src/api/writes.ts) reads it at call time. Kept in memory only (the
 * session restores it from sessionStorage on reload); never written to a URL or a log.
 */
let current: string | null = null;
const listeners = new Set<() => void>();

export function currentAccessToken(): string | null {
  return current;
}

export function setAccessToken(token: string | null): void {
  if (token === current) return;
  current = token;
  for (const listener of listeners) listener();
}

/** called whenever the token changes; returns the unsubscribe function */
export function onAccessTokenChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
