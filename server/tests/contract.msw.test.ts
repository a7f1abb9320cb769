// The shared /api/v1 contract suite against the msw mock handlers (mocks/node.ts).
import { afterAll, beforeAll } from 'vitest';
import { server } from '../../mocks/node';
import { runContractSuite } from '../../tests/contract/contract-suite';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

// msw patches globalThis.fetch in listen(), so look it up at call time
runContractSuite('msw mock', () => ({ baseUrl: 'http://localhost', fetch: (input, init) => globalThis.fetch(input, init) }));
