/**
 * The ETag of the last response read for each API path, so a form can send it as If-Match
 * (src/api/writes.ts). The client records it beside every successful GET; a write records
 * the ETag of the resource it returns. Kept outside the query cache so the cached bodies
 * (and their types) stay what they were.
 */
const tags = new Map<string, string>();
const listeners = new Set<() => void>();

/** the path without base URL or query, e.g. "/api/v1/jurisdictions/TX" (codes upper-cased by the caller) */
export function etagFor(path: string): string | null {
  return tags.get(path) ?? null;
}

export function recordEtag(path: string, etag: string | null): void {
  if (etag === null) {
    if (!tags.delete(path)) return;
  } else {
    if (tags.get(path) === etag) return;
    tags.set(path, etag);
  }
  for (const listener of listeners) listener();
}

export function subscribeEtags(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** forgets every ETag (tests; a reset of the sample data) */
export function clearEtags(): void {
  tags.clear();
  for (const listener of listeners) listener();
}
