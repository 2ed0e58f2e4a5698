import { useTranslation } from '../../i18n/useTranslation';
import type { DashboardApiError } from './api';

/** A failed request in the user's language, with what to do; the server's detail only for bad input. */
export function ErrorMessage({ error }: { error: DashboardApiError | undefined }) {
  const { t } = useTranslation();
  if (!error || error.kind === 'unauthorized') return null;
  return (
    <p className="alert alert-error" role="alert" data-testid="cp-error" data-kind={error.kind} data-code={error.code}>
      {t(`coordination.errors.${error.kind}`, { detail: error.message })}
    </p>
  );
}
