import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/useTranslation';
import { db, queuePosition } from '../../db';
import { formatTime } from '../../i18n';
import { useSession } from '../../state/session';
import type { ReportView } from './useReports';

/** saved → waiting → delivered → acknowledged → forwarded → help on the way → closed. */
export function ReportTimeline({ view }: { view: ReportView }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const { queued } = view;
  const position = useLiveQuery(async () => (queued?.state === 'pending' ? queuePosition(db, queued) : undefined), [queued?.state, queued?.seq, queued?.priority]);

  return (
    <section className="card timeline-card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('reports.detail.timeline')}</h2>
      <ol className="timeline" data-testid="report-timeline">
        {view.steps.map(({ step, state, at }) => (
          <li key={step} className={`timeline-step is-${state}`} data-step={step} data-state={state}>
            <span className="timeline-dot" aria-hidden="true">
              {state === 'done' ? '✓' : ''}
            </span>
            <span className="timeline-label">{t(`reports.step.${step}`)}</span>
            {at && state === 'done' ? <span className="timeline-time">{formatTime(at, language)}</span> : null}
            {step === 'waiting' && state === 'current' && queued?.state === 'pending' && position ? (
              <p className="timeline-note" data-testid="queue-position" data-position={position}>
                {t('reports.detail.queuePosition', { position })}
              </p>
            ) : null}
            {step === 'waiting' && state === 'current' && queued?.state === 'rejected' ? (
              <p className="timeline-note alert alert-error" role="alert">
                {t('reports.detail.refused', { error: queued.lastError ?? '' })}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
