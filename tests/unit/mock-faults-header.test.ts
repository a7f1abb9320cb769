import { afterEach, describe, expect, it } from 'vitest';
import { FAULTS_HEADER, clearMockFaults, faultsFor, setMockFaults } from '../../mocks/faults';

const request = (header?: string) =>
  new Request('http://app.test/api/v1/meta', header === undefined ? {} : { headers: { [FAULTS_HEADER]: header } });

describe('faults carried by a request (the browser mock worker has no localStorage)', () => {
  afterEach(() => clearMockFaults());

  it('uses the faults the request carries, not the ones in force here', () => {
    setMockFaults({ fail: ['meta'] });
    expect(faultsFor(request(JSON.stringify({ latencyMs: 5, malformed: ['regions'] })))).toEqual({ latencyMs: 5, malformed: ['regions'] });
  });

  it('falls back to the faults in force when the request carries none', () => {
    setMockFaults({ fail: 'all' });
    expect(faultsFor(request())).toEqual({ fail: 'all' });
  });

  it('treats unreadable or invalid carried faults as none', () => {
    setMockFaults({ fail: 'all' });
    expect(faultsFor(request('{not json'))).toEqual({});
    expect(faultsFor(request(JSON.stringify({ latencyMs: -1 })))).toEqual({});
  });
});
