// The shared /api/v1 contract suite against the real server, over HTTP on a loopback port.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { runContractSuite } from '../../tests/contract/contract-suite';
import { createTestServer, SLOW_HOOK, type TestServer } from './harness';

let server: TestServer;
let http: ReturnType<typeof serve>;
let baseUrl = '';

beforeAll(async () => {
  server = await createTestServer();
  await new Promise<void>((resolve) => {
    http = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      baseUrl = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
}, SLOW_HOOK);

afterAll(async () => {
  await new Promise((resolve) => http.close(resolve));
  await server.close();
});

runContractSuite('PostgreSQL server (PGlite)', () => ({ baseUrl, fetch: (input, init) => globalThis.fetch(input, init) }));
