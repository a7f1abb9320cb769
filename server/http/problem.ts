/**
 * RFC 9457 problem details. Every error the server answers with is one of these, built
 * from a fixed title and a detail the code wrote: never a stack, an SQL text or a driver
 * message.
 */
import type { Problem } from '../../src/api/schemas';

export const PROBLEM_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** extension members allowed next to the standard ones */
export type ProblemExtensions = Record<string, unknown>;

/** Thrown by handlers and stores; the app's error handler turns it into problem+json. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extensions: ProblemExtensions = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${detail}`);
    this.name = 'HttpProblem';
  }
}

export function problemBody(status: number, detail: string | undefined, instance: string, extensions: ProblemExtensions = {}): Problem & ProblemExtensions {
  return {
    ...extensions,
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail === undefined ? {} : { detail }),
    instance,
  };
}

export function problemResponse(
  status: number,
  detail: string | undefined,
  instance: string,
  extensions: ProblemExtensions = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(problemBody(status, detail, instance, extensions)), {
    status,
    headers: { 'Content-Type': PROBLEM_TYPE, 'Cache-Control': 'no-store', ...headers },
  });
}
