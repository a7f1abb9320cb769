/** Messages between the page's mock transport (mocks/browser.ts) and the mock API worker. */

export interface MockRequest {
  id: number;
  url: string;
  method: string;
  headers: [string, string][];
}

export type MockReply =
  | { id: number; kind: 'response'; status: number; statusText: string; headers: [string, string][]; body: string }
  /** no handler matched: the page sends the request to the network as it is */
  | { id: number; kind: 'unhandled' }
  | { id: number; kind: 'error'; message: string };
