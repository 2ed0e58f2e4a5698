import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { ReportAction, ReportView } from '../../domain/coordinatorApi';
import { canMoveReportTo, REPORT_ACTIONS } from '../../domain/coordinatorInbox';
import { apiPost, DashboardApiError, newRequestId } from './api';
import { ErrorMessage } from './ErrorMessage';
import { useDashboard } from './store';

/**
 * The status buttons of a report; each opens a short form for a note (and, to forward, the
 * dispatch centre's reference). Only forward moves are offered: status never goes back.
 */
export function ReportActions({ report, onChanged }: { report: ReportView; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState<{ action: ReportAction; requestId: string } | null>(null);
  const [note, setNote] = useState('');
  const [reference, setReference] = useState('');
  const [missingReference, setMissingReference] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<DashboardApiError | undefined>();

  const available = REPORT_ACTIONS.filter((action) => canMoveReportTo(report.status, action));
  if (available.length === 0) return null;

  function start(action: ReportAction) {
    setOpen({ action, requestId: newRequestId() });
    setNote('');
    setReference(report.dispatchReference ?? '');
    setMissingReference(false);
    setError(undefined);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!open) return;
    if (open.action === 'forwarded' && !reference.trim()) {
      setMissingReference(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await apiPost<ReportView>(
        `/reports/${report.id}/status`,
        {
          status: open.action,
          note: note.trim() || undefined,
          dispatchReference: reference.trim() || undefined,
          requestId: open.requestId,
        });
      useDashboard.setState((state) => ({ alerts: state.alerts.filter((alert) => alert.id !== report.id) }));
      setOpen(null);
      onChanged();
    } catch (caught) {
      setError(caught instanceof DashboardApiError ? caught : undefined);
      if (caught instanceof DashboardApiError && (caught.kind === 'conflict' || caught.kind === 'notFound')) onChanged();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="cp-actions">
      <div className="cp-action-buttons">
        {available.map((action) => (
          <button
            key={action}
            type="button"
            className={`button${action === available[0] ? ' button-primary' : ''}${open?.action === action ? ' is-active' : ''}`}
            onClick={() => start(action)}
            data-testid={`cp-action-${action}`}
            aria-expanded={open?.action === action}
          >
            {t(`coordination.actions.${action}`)}
          </button>
        ))}
      </div>
      {open ? (
        <form className="cp-action-form" onSubmit={(event) => void submit(event)} data-testid="cp-action-form">
          {open.action === 'forwarded' ? (
            <div className={`field${missingReference ? ' has-error' : ''}`}>
              <label htmlFor={`${id}-reference`}>{t('coordination.actions.dispatchReference')}</label>
              <input
                id={`${id}-reference`}
                value={reference}
                onChange={(event) => setReference(event.target.value)}
                maxLength={200}
                autoFocus
                aria-invalid={missingReference || undefined}
                aria-describedby={missingReference ? `${id}-reference-error` : undefined}
              />
              {missingReference ? (
                <p id={`${id}-reference-error`} className="field-error" role="alert">
                  {t('coordination.actions.dispatchReferenceRequired')}
                </p>
              ) : null}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('coordination.actions.note')}</label>
            <textarea id={`${id}-note`} value={note} onChange={(event) => setNote(event.target.value)} rows={2} maxLength={4000} autoFocus={open.action !== 'forwarded'} />
          </div>
          <ErrorMessage error={error} />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy} data-testid="cp-action-save">
              {t(`coordination.actions.${open.action}`)} — {t('coordination.actions.save')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(null)}>
              {t('coordination.actions.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
