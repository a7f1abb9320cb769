/** Why a write was refused, in words for the person whose input is still in the form. */
import { ApiContractError, ApiError } from '../../api/errors';

export const INPUT_KEPT = 'Your input is kept in the form.';

export function describeWriteFailure(error: unknown): string {
  const reason = reasonOf(error);
  return `Not saved: ${reason} The change was undone on the map and in the panels. ${INPUT_KEPT}`;
}

function reasonOf(error: unknown): string {
  if (error instanceof ApiContractError) return 'the server answered in an unexpected format.';
  if (!(error instanceof ApiError)) return error instanceof Error ? `${error.message}.` : 'something went wrong.';
  const detail = error.detail ? ` (${error.detail})` : '';
  switch (error.status) {
    case 0:
      return 'the data service could not be reached. Check your connection and try again.';
    case 401:
      return 'you are not signed in, or your session has expired. Sign in again and save.';
    case 403:
      return `you may not change this jurisdiction${detail}.`;
    case 400:
    case 422:
      return `the server refused the values${detail}.`;
    case 428:
      return 'the save did not say which version it was based on. Reload and try again.';
    case 429:
      return 'too many changes in a short time. Wait a minute and save again.';
    default:
      return `${error.title}${detail} (HTTP ${error.status}).`;
  }
}

export const isConflict = (error: unknown): boolean => error instanceof ApiError && error.status === 412;
