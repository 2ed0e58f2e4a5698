import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { SessionResponse } from '../../domain/coordinatorApi';
import { TextField } from '../common/TextField';
import { apiPost, DashboardApiError } from './api';
import { ErrorMessage } from './ErrorMessage';
import { useDashboard } from './store';

export function LoginScreen() {
  const { t } = useTranslation();
  const expired = useDashboard((state) => state.sessionExpired);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | DashboardApiError | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || !password) {
      setProblem(t('coordination.login.required'));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const session = await apiPost<SessionResponse>('/auth/login', { name: name.trim(), password });
      useDashboard.getState().signedIn(session.user);
    } catch (error) {
      setPassword('');
      if (error instanceof DashboardApiError && error.kind === 'unauthorized') setProblem(t('coordination.login.invalid'));
      else if (error instanceof DashboardApiError && error.kind === 'rateLimited') {
        setProblem(t('coordination.login.rateLimited', { minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) }));
      } else setProblem(error instanceof DashboardApiError ? error : t('coordination.errors.server'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="cp-login panel narrow">
      <h1>{t('coordination.login.title')}</h1>
      <p className="muted">{t('coordination.login.intro')}</p>
      {expired ? (
        <p className="alert alert-warn" role="status">
          {t('coordination.session.expired')}
        </p>
      ) : null}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('coordination.login.name')} value={name} onChange={setName} autoComplete="username" autoFocus />
        <TextField label={t('coordination.login.password')} value={password} onChange={setPassword} type="password" autoComplete="current-password" />
        <div data-testid="cp-login-error">
          {typeof problem === 'string' ? (
            <p className="alert alert-error" role="alert">
              {problem}
            </p>
          ) : (
            <ErrorMessage error={problem} />
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary button-large" disabled={busy}>
            {busy ? t('coordination.login.busy') : t('coordination.login.submit')}
          </button>
        </div>
      </form>
    </main>
  );
}
