/**
 * Strong ETags for the mock API, from the bytes of a representation like the server's
 * (server/http/etag.ts), with a fast synchronous hash (cyrb53 twice) instead of SHA-256:
 * the worker answers from memory and has no node:crypto. Only equality matters.
 */
function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function etagOf(body: string): string {
  return `"m-${cyrb53(body, 1)}${cyrb53(body, 2)}"`;
}

/** If-Match uses the strong comparison: a weak tag never matches (RFC 9110 §13.1.1). */
export function ifMatchHits(header: string, etag: string): boolean {
  return header
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || (!t.startsWith('W/') && t === etag));
}
