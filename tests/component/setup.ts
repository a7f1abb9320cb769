import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { server } from '../../mocks/node';
import { setMockFaults } from '../../mocks/faults';

// A missing handler must fail the test, not hang it.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  setMockFaults({});
});
afterAll(() => server.close());
