/**
 * Who owns the bytes of a minified chunk: each generated character is attributed to the
 * source its sourcemap segment points at (what source-map-explorer does). Used to split
 * initial JS into "node_modules" and "our code" without a bundle-visualiser dependency.
 */

export interface SourceMapLike {
  sources: readonly (string | null)[];
  mappings: string;
}

export interface ByteShare {
  /** generated characters attributed to sources outside node_modules */
  app: number;
  /** … to sources inside node_modules */
  vendor: number;
  /** characters no segment maps (bundler runtime, whitespace between modules) */
  unmapped: number;
  /** characters per source path, for the largest-contributors note */
  bySource: Map<string, number>;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i] as const));

/** Decodes one segment's Base64 VLQ fields (relative values, as stored). */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = DIGIT.get(ch);
    if (digit === undefined) throw new Error(`invalid sourcemap character "${ch}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** node_modules, and the bundler's virtual modules ("\0vite/preload-helper"): not code we wrote. */
export function isVendorSource(path: string): boolean {
  return /(^|[/\\])node_modules[/\\]/.test(path) || path.startsWith('\0');
}

/** Attributes every character of `code` to a source of `map`. */
export function byteShare(code: string, map: SourceMapLike): ByteShare {
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  const share: ByteShare = { app: 0, vendor: 0, unmapped: 0, bySource: new Map() };
  let sourceIndex = 0;
  const credit = (source: number | null, chars: number) => {
    if (chars <= 0) return;
    const path = source === null ? null : map.sources[source] ?? null;
    if (path === null) {
      share.unmapped += chars;
      return;
    }
    if (isVendorSource(path)) share.vendor += chars;
    else share.app += chars;
    share.bySource.set(path, (share.bySource.get(path) ?? 0) + chars);
  };
  lines.forEach((line, lineNo) => {
    // +1 for the newline that split() removed, except after the last line.
    const lineLength = line.length + (lineNo < lines.length - 1 ? 1 : 0);
    const segments = mappingLines[lineNo] ?? '';
    let column = 0;
    let start = 0;
    let owner: number | null = null;
    for (const seg of segments.split(',')) {
      if (!seg) continue;
      const fields = decodeVlq(seg);
      column += fields[0] ?? 0;
      credit(owner, column - start);
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0;
        owner = sourceIndex;
      } else {
        owner = null;
      }
      start = column;
    }
    credit(owner, lineLength - start);
  });
  return share;
}
