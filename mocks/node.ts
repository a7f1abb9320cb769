/** Node mock API for vitest: `server.listen({ onUnhandledRequest: 'error' })` in a setup file. */
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);
export { handlers };
export { setMockFaults, clearMockFaults, getMockFaults, type MockFaults, type EndpointName } from './faults';
