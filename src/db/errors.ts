/**
 * Errors of the data layer as values a person can act on. Screens render `kind` through
 * i18next (`errors.storage.<kind>`) and keep what was typed, so a failed write loses nothing.
 */
import { $ZodError } from 'zod/v4/core';

export type StorageErrorKind = 'quota' | 'unavailable' | 'invalid' | 'notSetUp' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'StorageError';
  }
}

interface NamedError {
  name?: string;
  message?: string;
  inner?: NamedError;
}

function names(error: NamedError | undefined, depth = 0): string[] {
  if (!error || depth > 4) return [];
  return [error.name ?? '', ...names(error.inner, depth + 1)];
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (error instanceof $ZodError) return new StorageError('invalid', error.issues.map((issue) => issue.path.map(String).join('.')).join(', '));
  const chain = names(error as NamedError);
  const message = (error as NamedError | undefined)?.message ?? String(error);
  if (chain.some((name) => name === 'QuotaExceededError') || /quota/i.test(message)) {
    return new StorageError('quota', message);
  }
  if (chain.some((name) => ['DatabaseClosedError', 'OpenFailedError', 'MissingAPIError', 'InvalidStateError', 'UnknownError'].includes(name))) {
    return new StorageError('unavailable', message);
  }
  return new StorageError('unknown', message);
}
