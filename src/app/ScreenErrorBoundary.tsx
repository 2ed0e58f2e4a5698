/**
 * A screen that fails to render (a chunk that cannot load, a bug) shows what to do, in the
 * user's language, instead of leaving a blank page: everything stored on the tablet is safe,
 * and a reload (offline too, from the service worker) usually helps. Inside the shell it
 * replaces only the screen, so the header with the emergency button stays usable; opening
 * another screen (`resetKey`, the path) tries again.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';

interface Props {
  children: ReactNode;
  resetKey?: string;
}

interface State {
  error: unknown;
  failedAt?: string;
}

export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // Another screen was opened since the failure: try again.
    if (state.error && state.failedAt !== undefined && props.resetKey !== state.failedAt) return { error: null, failedAt: undefined };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ failedAt: this.props.resetKey });
    console.error('A screen failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <ScreenError /> : this.props.children;
  }
}

function ScreenError() {
  const { t } = useTranslation();
  return (
    <section className="card" role="alert" data-testid="screen-error">
      <h2>{t('errors.screen.title')}</h2>
      <p>{t('errors.screen.body')}</p>
      <button type="button" className="button button-primary button-large" onClick={() => window.location.reload()}>
        {t('errors.screen.reload')}
      </button>
    </section>
  );
}
