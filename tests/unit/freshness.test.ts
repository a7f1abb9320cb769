import { describe, expect, it } from 'vitest';
import { ApiContractError, ApiError, ApiTimeoutError } from '../../src/api/errors';
import { agesOutAt, describeStale, failureKindOf, freshnessOf, worstFailure } from '../../src/data/freshness';
import { oldestAnswerAt, wallTimeoutMs } from '../../src/wall/use-wall-data';

const MIN = 60_000;
const t0 = Date.parse('2026-11-20T14:05:00Z');

describe('freshnessOf', () => {
  const base = { now: t0, checkedAt: t0, refreshMs: 5 * MIN, failingSince: null, failure: null };

  it('is fresh while refreshes succeed, and up to two intervals after the last one', () => {
    expect(freshnessOf(base)).toEqual({ state: 'fresh' });
    expect(freshnessOf({ ...base, now: t0 + 10 * MIN })).toEqual({ state: 'fresh' });
  });

  it('turns stale by age alone, with nothing failed yet: no answer since the last success', () => {
    expect(freshnessOf({ ...base, now: t0 + 10 * MIN + 1 })).toEqual({ state: 'stale', reason: 'no-answer', since: t0 });
  });

  it('is stale at once while a refresh fails, saying which way', () => {
    const failing = { ...base, now: t0 + 6 * MIN, failingSince: t0 + 5 * MIN };
    expect(freshnessOf({ ...failing, failure: 'error' })).toEqual({ state: 'stale', reason: 'error', since: t0 + 5 * MIN });
    // Silence and no connection date from the last answer: nothing was heard after it.
    expect(freshnessOf({ ...failing, failure: 'no-answer' })).toEqual({ state: 'stale', reason: 'no-answer', since: t0 });
    expect(freshnessOf({ ...failing, failure: 'unreachable' })).toEqual({ state: 'stale', reason: 'unreachable', since: t0 });
  });

  it('never calls "no data yet" stale', () => {
    expect(freshnessOf({ ...base, checkedAt: null, now: t0 + 60 * MIN })).toEqual({ state: 'fresh' });
    expect(agesOutAt(null, MIN)).toBeNull();
    expect(agesOutAt(t0, MIN)).toBe(t0 + 2 * MIN + 1);
  });
});

describe('failure kinds', () => {
  const endpoint = 'GET /api/v1/meta';
  it('tells a timeout from a network failure from an error', () => {
    expect(failureKindOf(new ApiTimeoutError(endpoint, 2000))).toBe('no-answer');
    expect(failureKindOf(new ApiError({ endpoint, status: 0, title: 'Network error' }))).toBe('unreachable');
    expect(failureKindOf(new ApiError({ endpoint, status: 503, title: 'Unavailable' }))).toBe('error');
    expect(failureKindOf(new ApiContractError(endpoint, ['asOf'], 'bad'))).toBe('error');
    expect(worstFailure([])).toBeNull();
    expect(worstFailure([new ApiTimeoutError(endpoint, 1), new ApiError({ endpoint, status: 0, title: 'x' })])).toBe('unreachable');
    expect(worstFailure([new ApiTimeoutError(endpoint, 1), new ApiContractError(endpoint, [], 'bad')])).toBe('error');
  });

  it('words each for the room, with a short time today and a full date otherwise', () => {
    expect(describeStale('no-answer', t0, t0 + MIN)).toBe('No answer from the API since 14:05 UTC');
    expect(describeStale('error', t0, t0 + MIN)).toBe('API error since 14:05 UTC');
    expect(describeStale('unreachable', t0, t0 + 48 * 60 * MIN)).toBe('No connection to the API since Nov 20, 2026, 02:05 PM UTC');
  });
});

describe('wall data helpers', () => {
  it('a request waits at most a third of the refresh interval, within the configured timeout', () => {
    expect(wallTimeoutMs(6_000)).toBe(2_000);
    expect(wallTimeoutMs(5 * MIN)).toBe(15_000);
    expect(wallTimeoutMs(600)).toBe(1_000);
  });
  it('dates the data on screen by its oldest answer, ignoring feeds that never answered', () => {
    expect(oldestAnswerAt([0, 5, 3])).toBe(3);
    expect(oldestAnswerAt([0, 0])).toBeNull();
  });
});
