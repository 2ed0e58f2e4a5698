import i18next from 'i18next';
import { Suspense, lazy, useCallback, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { DEFAULT_ESCALATE_AFTER_MINUTES, escalates, isEscalated } from '../../domain';
import { useSession } from '../../state/session';
import { useNow } from '../common/useNow';
import { useSiteSetting } from '../common/useSiteSetting';
import { reportSummary } from './summary';
import type { ReportView } from './useReports';

/**
 * The way around a dead link: the whole report as text to read over the radio or print for a
 * runner. Loud when the report is escalated (urgent and not delivered in time).
 *
 * While the report waits, it is also shown as QR code(s): the signed air-gap relay sequence of
 * the waiting emergency reports (src/domain/relay.ts), which the coordination point scans and
 * imports through the normal push path; the tablet's later sync then finds it a duplicate.
 */
const RelayQrSequence = lazy(() => import('../relay/texts').then(() => import('../relay/RelayQrSequence')));

export function FallbackPanel({ view }: { view: ReportView }) {
  const { t } = useTranslation();
  const [qrUnavailable, setQrUnavailable] = useState(false);
  const onQrError = useCallback(() => setQrUnavailable(true), []);
  const site = useSession((state) => state.site);
  const setting = useSiteSetting('escalateAfterMinutes', DEFAULT_ESCALATE_AFTER_MINUTES);
  const minutes = setting !== undefined && setting > 0 ? setting : DEFAULT_ESCALATE_AFTER_MINUTES;
  const waiting = view.stage === 'waiting' && escalates(view.report.urgency);
  const now = useNow(waiting ? 1000 : 60_000);
  const escalated = waiting && isEscalated(view.report, view.report.deliveredAt, now, minutes);
  const summary = reportSummary(view.report, site, { nl: i18next.getFixedT('nl'), de: i18next.getFixedT('de') });
  // Until the point's deadline is read (a moment), the panel would call an overdue report
  // "not escalated": like the banner, it waits for the setting.
  if (setting === undefined) return null;

  return (
    <section className={`card fallback ${escalated ? 'is-escalated' : ''}`} aria-labelledby="fallback-title" data-testid="fallback" data-escalated={escalated}>
      <h2 id="fallback-title">{t('reports.fallback.title')}</h2>
      {escalated ? (
        <p className="alert alert-error" role="alert">
          <strong>{t('reports.fallback.escalated', { minutes: Math.round(minutes * 100) / 100 })}</strong>
        </p>
      ) : null}
      <p className="muted">{t('reports.fallback.intro')}</p>
      <pre className="report-summary print-area" data-testid="report-summary" lang="nl">
        {summary}
      </pre>
      <button type="button" className="button button-large" onClick={() => window.print()}>
        {t('reports.fallback.print')}
      </button>
      {view.stage === 'waiting' ? (
        <div className="fallback-qr" data-testid="fallback-qr">
          <p className="muted">{qrUnavailable ? t('reports.fallback.qrUnavailable') : t('reports.fallback.qrIntro')}</p>
          {qrUnavailable ? null : (
            <Suspense fallback={null}>
              <RelayQrSequence onError={onQrError} />
            </Suspense>
          )}
        </div>
      ) : null}
    </section>
  );
}
