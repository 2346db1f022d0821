import { ApiError } from '../api.js';

/**
 * The server explains a refusal in a sentence (`detail`) and marks the field
 * with a short word ("Taken"). When one field is at fault, the sentence says
 * more, so it is shown beside the field and in the error summary.
 */
export function withServerMessage(error: unknown): ApiError {
  if (!(error instanceof ApiError)) return new ApiError(0, 'network', String(error));
  if (error.fieldErrors.length !== 1 || !error.message) return error;
  return new ApiError(error.status, error.code, error.message, [{ path: error.fieldErrors[0]!.path, message: error.message }]);
}
