/**
 * One codec per URL parameter (imitating OWID grapher's GrapherUrl): how it reads, how it
 * writes, what it is when absent, and which other parameter it needs. The table type maps
 * every field of the state to a codec, so a field without one does not compile.
 */

export type Read<T> = { ok: true; value: T } | { ok: false; why: string };

export interface ParamCodec<T, S> {
  /** the value when the parameter is absent or refused; may depend on parameters read before it */
  fallback: (s: Readonly<S>) => T;
  read: (raw: string, s: Readonly<S>) => Read<T>;
  /** the parameter's text; null leaves it out of the URL */
  write: (value: T) => string | null;
  /** a cross-parameter rule: the value only stands with another parameter (checked on read and write) */
  needs?: { holds: (s: Readonly<S>) => boolean; why: string };
}

export type CodecTable<S> = { [K in keyof S]-?: ParamCodec<S[K], S> };

export const ok = <T>(value: T): Read<T> => ({ ok: true, value });
export const refuse = <T>(why: string): Read<T> => ({ ok: false, why });

/** At most this many characters of a refused value are quoted back (an 8,000-character ?state= makes no banner). */
export const QUOTE_LIMIT = 60;

export function quoteValue(raw: string): string {
  return raw.length > QUOTE_LIMIT ? `${raw.slice(0, QUOTE_LIMIT - 1)}…` : raw;
}

export function noticeFor(name: string, raw: string, why: string): string {
  return `Ignored ${name}=“${quoteValue(raw)}”: ${why}.`;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

export interface Decoded<S> {
  state: S;
  /** one human sentence per parameter that was ignored */
  notices: string[];
}

/** Reads the parameters in table order, so a rule can look at the ones before it. */
export function decode<S extends object>(table: CodecTable<S>, search: string): Decoded<S> {
  const params = new URLSearchParams(search);
  const state = {} as S;
  const notices: string[] = [];
  for (const name of Object.keys(table) as (keyof S & string)[]) {
    const codec = table[name];
    const fallback = codec.fallback(state);
    state[name] = fallback;
    const raw = params.get(name);
    if (raw === null) continue;
    const read = codec.read(raw, state);
    if (!read.ok) notices.push(noticeFor(name, raw, read.why));
    else if (codec.needs && !codec.needs.holds(state) && !sameValue(read.value, fallback))
      notices.push(noticeFor(name, raw, codec.needs.why));
    else state[name] = read.value;
  }
  return { state, notices };
}

/** Writes only what differs from each parameter's default, in table order, so links stay short and stable. */
export function encode<S extends object>(table: CodecTable<S>, state: S): string {
  const params = new URLSearchParams();
  for (const name of Object.keys(table) as (keyof S & string)[]) {
    const codec = table[name];
    const value = state[name];
    if (sameValue(value, codec.fallback(state)) || (codec.needs && !codec.needs.holds(state))) continue;
    const text = codec.write(value);
    if (text !== null) params.set(name, text);
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** The state with every parameter absent (defaults that depend on others see the defaults before them). */
export function defaults<S extends object>(table: CodecTable<S>): S {
  return decode(table, '').state;
}
