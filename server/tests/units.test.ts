// Pure pieces: CSV reader, token store, configuration, conditional-header comparison, rate limiter.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORS_ORIGINS, loadConfig } from '../config';
import { parseCsv } from '../csv/parse';
import { bearerToken, canWriteRegion, DEV_TOKENS, parseApiTokens, TokenStore } from '../http/auth';
import { etagOf, ifMatchHits, noneMatchHits } from '../http/etag';
import { WriteRateLimiter } from '../http/rate-limit';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF, LF, a BOM and blank lines', () => {
    const result = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n\n 1 , "2"\n"multi\nline",z');
    expect(result).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['x, y', 'say "hi"'] },
        { line: 4, cells: ['1', '2'] },
        { line: 5, cells: ['multi\nline', 'z'] },
      ],
    });
  });

  it('reports the line of a syntax error', () => {
    expect(parseCsv('a,b\n"open,b')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a,b\nx"y,b')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a,b\n"x"y,b')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('x,'.repeat(100))).toMatchObject({ ok: false, message: expect.stringMatching(/columns/) });
  });
});

describe('tokens', () => {
  it('authenticates by hash, never by a prefix or a near miss', () => {
    const store = new TokenStore(DEV_TOKENS);
    const admin = DEV_TOKENS.find((t) => t.role === 'admin')?.token ?? '';
    expect(store.authenticate(admin)).toEqual({ name: 'sample-admin', displayName: 'Avery Chen', role: 'admin', regionId: null });
    expect(store.authenticate(admin.slice(0, -1))).toBeNull();
    expect(store.authenticate(`${admin}x`)).toBeNull();
    expect(store.authenticate('')).toBeNull();
  });

  it('accepts API_TOKENS with a sha256 instead of the token, and refuses bad entries', () => {
    const sha = 'a'.repeat(64);
    expect(parseApiTokens(JSON.stringify([{ name: 'ops', role: 'admin', sha256: sha }]))).toHaveLength(1);
    const bad = [
      'not json',
      '[]',
      JSON.stringify([{ name: 'e', role: 'editor', token: 'x'.repeat(16) }]),
      JSON.stringify([{ name: 'a', role: 'admin', token: 'short' }]),
      JSON.stringify([{ name: 'a', role: 'admin', token: 'x'.repeat(16), sha256: sha }]),
      JSON.stringify([{ name: 'a', role: 'root', token: 'x'.repeat(16) }]),
      JSON.stringify([{ name: 'a', role: 'admin', sha256: sha }, { name: 'a', role: 'viewer', sha256: sha }]),
    ];
    for (const json of bad) expect(() => parseApiTokens(json), json).toThrow(/API_TOKENS/);
  });

  it('reads only a well-formed Bearer header; editors write only in their region', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer   abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer ')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
    expect(canWriteRegion({ name: 'e', displayName: 'e', role: 'editor', regionId: 4 }, 4)).toBe(true);
    expect(canWriteRegion({ name: 'e', displayName: 'e', role: 'editor', regionId: 4 }, 6)).toBe(false);
    expect(canWriteRegion({ name: 'v', displayName: 'v', role: 'viewer', regionId: null }, 4)).toBe(false);
    expect(canWriteRegion({ name: 'a', displayName: 'a', role: 'admin', regionId: null }, 6)).toBe(true);
  });
});

describe('loadConfig', () => {
  it('defaults to loopback:8787, embedded PGlite, dev tokens and the Vite origins', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8787, host: '127.0.0.1', databaseUrl: undefined, usingDevTokens: true, corsOrigins: DEFAULT_CORS_ORIGINS, bodyLimitBytes: 262144 });
    expect(config.dataDir).toMatch(/server\/data\/?$/);
    expect(loadConfig({ DATA_DIR: ':memory:' }).dataDir).toBeUndefined();
  });

  it('refuses the dev tokens in production, and bad URLs or origins', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/API_TOKENS/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/postgres/);
    expect(() => loadConfig({ CORS_ORIGINS: 'http://ok:1,*' })).toThrow(/CORS_ORIGINS/);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://b:1' }).corsOrigins).toEqual(['https://a.example', 'http://b:1']);
  });
});

describe('conditional headers', () => {
  it('If-None-Match compares weakly, If-Match strongly; * matches any', () => {
    const etag = etagOf('body');
    expect(etag).toBe(etagOf('body'));
    expect(etag).not.toBe(etagOf('body '));
    expect(noneMatchHits(`W/${etag}`, etag)).toBe(true);
    expect(noneMatchHits('"a", "b"', etag)).toBe(false);
    expect(noneMatchHits(undefined, etag)).toBe(false);
    expect(ifMatchHits(`"x", ${etag}`, etag)).toBe(true);
    expect(ifMatchHits(`W/${etag}`, etag)).toBe(false);
    expect(ifMatchHits('*', etag)).toBe(true);
  });
});

describe('WriteRateLimiter', () => {
  it('allows perMinute writes, then refuses with the wait, and refills over time', () => {
    let now = 0;
    const limiter = new WriteRateLimiter({ perMinute: 2, now: () => now });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 30_000;
    expect(limiter.take('a').allowed).toBe(true);
  });
});
