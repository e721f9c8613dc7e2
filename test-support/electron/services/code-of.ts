// The error code a service call failed with, for tests that check refusals.
import { DatelineError } from '../../../shared/api/errors';

/** The DatelineError code the promise rejected with, or 'no error'; anything else is rethrown. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatelineError) return error.code;
    throw error;
  }
  return 'no error';
}
