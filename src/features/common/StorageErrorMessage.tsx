import { useCallback, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { StorageError } from '../../db';

/** Runs an action and keeps its failure as a StorageError to show; the form keeps its input. */
export function useActionError() {
  const [error, setError] = useState<StorageError | undefined>();
  const run = useCallback(async <R,>(action: () => Promise<R>): Promise<R | undefined> => {
    setError(undefined);
    try {
      return await action();
    } catch (caught) {
      // Only on a failure: the error rules (with zod's error class) are their own chunk.
      const { toStorageError } = await import('../../db/errors');
      const storageError = toStorageError(caught);
      console.error('Action failed', storageError.kind, storageError.detail);
      setError(storageError);
      return undefined;
    }
  }, []);
  return { error, run, clear: () => setError(undefined) };
}

export function StorageErrorMessage({ error }: { error: StorageError | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert" data-testid="storage-error" data-kind={error.kind}>
      {t(`errors.storage.${error.kind}`, { detail: error.detail })}
    </div>
  );
}
