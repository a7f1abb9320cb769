/**
 * Strong ETags from the bytes of a representation, and the RFC 9110 comparisons the
 * conditional headers need. A hash (not a counter) means a GET and a write's If-Match
 * check agree whenever the bytes agree, whatever changed them.
 */
import { createHash } from 'node:crypto';

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** the entity-tags of an If-Match / If-None-Match value ('*' stays '*') */
function tagsOf(header: string): string[] {
  return header
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** If-None-Match uses the weak comparison: W/"x" matches "x" (RFC 9110 §13.1.2). */
export function noneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (t: string) => t.replace(/^W\//, '');
  return tagsOf(header).some((t) => t === '*' || bare(t) === bare(etag));
}

/** If-Match uses the strong comparison: a weak tag never matches (RFC 9110 §13.1.1). */
export function ifMatchHits(header: string, etag: string): boolean {
  return tagsOf(header).some((t) => t === '*' || (!t.startsWith('W/') && t === etag));
}
