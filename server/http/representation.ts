/**
 * A read document held in memory once per data version: its bytes, its strong ETag and,
 * made on first demand and then kept, its gzip and brotli encodings. A read therefore
 * costs a header comparison and a socket write, never a serialisation or a compression.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { etagOf } from './etag';

export type Encoding = 'br' | 'gzip' | 'identity';

export class Representation {
  readonly etag: string;
  private readonly encoded = new Map<Encoding, Uint8Array<ArrayBuffer>>();

  constructor(readonly body: string) {
    this.etag = etagOf(body);
  }

  bytes(encoding: Encoding): Uint8Array<ArrayBuffer> {
    let bytes = this.encoded.get(encoding);
    if (!bytes) {
      const raw = Buffer.from(this.body, 'utf8');
      const out =
        encoding === 'br'
          ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
          : encoding === 'gzip'
            ? gzipSync(raw, { level: 9 })
            : raw;
      bytes = new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
      this.encoded.set(encoding, bytes);
    }
    return bytes;
  }
}

// below this, compression saves less than its headers cost
const COMPRESS_FROM_BYTES = 1024;

/** br if the client takes it, else gzip, else identity (RFC 9110 §12.5.3; q=0 refuses) */
export function chooseEncoding(acceptEncoding: string | undefined, bodyLength: number): Encoding {
  if (!acceptEncoding || bodyLength < COMPRESS_FROM_BYTES) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return 'identity';
}
