/**
 * Errors the API answers with. A 4xx says in English what is wrong and what to do; a 5xx never
 * carries internal detail (SQL, paths, stack) to the client, only to the log.
 */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The body of every error response. */
export interface ErrorBody {
  error: string;
  message: string;
}
