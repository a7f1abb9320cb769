/** Refusals of the mock API, as the real server words them (server/http/problem.ts): RFC 9457 problem+json. */
import { HttpResponse } from 'msw';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  412: 'Precondition Failed',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  500: 'Internal Server Error',
};

export class MockProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${detail}`);
    this.name = 'MockProblem';
  }
}

export function problemResponse(status: number, detail: string, instance: string, extensions: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  const body = { ...extensions, type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, instance };
  return HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...headers } });
}

/** Runs a handler; a MockProblem it throws becomes its problem+json answer. */
export async function answering(request: Request, run: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof MockProblem)) throw e;
    return problemResponse(e.status, e.detail, new URL(request.url).pathname, e.extensions, e.headers);
  }
}
