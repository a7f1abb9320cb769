/** Messages between the page's mock transport (mocks/browser.ts) and the mock API worker. */
import type { ChangeEvent } from '../src/api/events-change';

export interface MockRequest {
  id: number;
  url: string;
  method: string;
  headers: [string, string][];
  /** the request body as text (writes, CSV import); absent for GET */
  body?: string;
}

export type MockReply =
  | { id: number; kind: 'response'; status: number; statusText: string; headers: [string, string][]; body: string }
  /** no handler matched: the page sends the request to the network as it is */
  | { id: number; kind: 'unhandled' }
  | { id: number; kind: 'error'; message: string }
  /** the data changed (a write here or in another tab): the page refetches what it shows */
  | { kind: 'change'; event: ChangeEvent };

/** the channel the tabs' mock API workers tell each other about their writes on */
export const MOCK_CHANGES_CHANNEL = 'rcm-mock-api-changes';
