import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { SupplyRequestView, SupplyRequestsResponse } from '../../domain/coordinatorApi';
import { useSession } from '../../state/session';
import { apiPost, DashboardApiError, newRequestId } from './api';
import { ErrorMessage } from './ErrorMessage';
import { formatWhen, fromLocalInput, toLocalInput } from './format';
import { useResource } from './useResource';

type Answer = 'approved' | 'dispatched' | 'declined';

/** The arrival time a dispatch form starts with: two hours from now. */
function defaultArrival(): string {
  return toLocalInput(new Date(Date.now() + 2 * 3600_000));
}
const NEXT: Record<SupplyRequestView['status'], Answer[]> = {
  requested: ['approved', 'dispatched', 'declined'],
  approved: ['dispatched', 'approved', 'declined'],
  dispatched: ['dispatched'],
  declined: [],
  received: [],
};

export function SupplyScreen() {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const { data, error, reload } = useResource<SupplyRequestsResponse>(`/supply-requests?status=${all ? 'all' : 'open'}`, 30_000);
  return (
    <section className="cp-screen" aria-labelledby="cp-supply-title">
      <div className="cp-screen-head">
        <h1 id="cp-supply-title">{t('coordination.supply.title')}</h1>
        <label className="cp-check">
          <input type="checkbox" checked={all} onChange={(event) => setAll(event.target.checked)} /> {t('coordination.supply.showAll')}
        </label>
      </div>
      <ErrorMessage error={error} />
      {data && data.requests.length === 0 ? <p className="cp-empty">{t('coordination.supply.empty')}</p> : null}
      <ul className="cp-supply-list" data-testid="cp-supply-list">
        {data?.requests.map((request) => (
          <li key={request.id}>
            <SupplyCard request={request} onChanged={reload} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function SupplyCard({ request, onChanged }: { request: SupplyRequestView; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useSession((state) => state.language);
  const [answer, setAnswer] = useState<{ status: Answer; requestId: string } | null>(null);
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [expectedAt, setExpectedAt] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [error, setError] = useState<DashboardApiError | undefined>();

  const approvedItems = request.updates.filter((update) => update.items).at(-1)?.items;
  function start(status: Answer) {
    setAnswer({ status, requestId: newRequestId() });
    setQuantities(Object.fromEntries(request.request.items.map((line) => [line.itemId, String(approvedItems?.find((item) => item.itemId === line.itemId)?.quantity ?? line.quantity)])));
    setExpectedAt(defaultArrival());
    setNote('');
    setProblem(undefined);
    setError(undefined);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!answer) return;
    if (answer.status === 'dispatched' && !fromLocalInput(expectedAt)) return setProblem(t('coordination.supply.expectedAtRequired'));
    if (answer.status === 'declined' && !note.trim()) return setProblem(t('coordination.supply.reasonRequired'));
    const items =
      answer.status === 'approved'
        ? request.request.items.map((line) => ({ itemId: line.itemId, quantity: Math.max(0, Number(quantities[line.itemId] ?? line.quantity) || 0) }))
        : undefined;
    try {
      await apiPost<SupplyRequestView>(
        `/supply-requests/${request.id}/status`,
        { status: answer.status, items, expectedAt: answer.status === 'dispatched' ? fromLocalInput(expectedAt) : undefined, note: note.trim() || undefined, requestId: answer.requestId });
      setAnswer(null);
      onChanged();
    } catch (caught) {
      setError(caught instanceof DashboardApiError ? caught : undefined);
    }
  }

  return (
    <article className={`cp-supply urgency-${request.request.urgency} status-${request.status}`} data-testid="cp-supply-request">
      <header className="cp-report-head">
        <span className={`cp-urgency supply-${request.request.urgency}`}>{t(`coordination.supply.urgency.${request.request.urgency}`)}</span>
        <h2>{request.siteName}</h2>
        <span className="cp-status">{t(`coordination.supply.status.${request.status}`)}</span>
        <span className="muted">{t('coordination.supply.by', { name: request.request.by, time: formatWhen(request.request.at, language) })}</span>
      </header>
      <table className="cp-table">
        <tbody>
          {request.request.items.map((line) => {
            const approved = approvedItems?.find((item) => item.itemId === line.itemId);
            return (
              <tr key={line.itemId}>
                <th scope="row">{line.name[language]}</th>
                <td>
                  {line.quantity} {line.unit}
                </td>
                <td>{approved && approved.quantity !== line.quantity ? `→ ${approved.quantity} ${line.unit}` : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {request.request.note ? <p className="cp-note">{request.request.note}</p> : null}
      {request.updates.length > 0 ? (
        <ol className="cp-timeline">
          {request.updates.map((update) => (
            <li key={update.id}>
              <strong>{t(`coordination.supply.status.${update.status}`)}</strong> {formatWhen(update.at, language)} · {update.by}
              {update.expectedAt ? ` · ${t('coordination.supply.expected', { time: formatWhen(update.expectedAt, language) })}` : ''}
              {update.note ? <span className="cp-note"> — {update.note}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {NEXT[request.status].length > 0 ? (
        <div className="cp-action-buttons">
          {NEXT[request.status].map((status) => (
            <button key={status} type="button" className={`button${answer?.status === status ? ' is-active' : ''}`} onClick={() => start(status)}>
              {t(status === 'approved' ? 'coordination.supply.approve' : status === 'dispatched' ? 'coordination.supply.dispatch' : 'coordination.supply.decline')}
            </button>
          ))}
        </div>
      ) : null}
      {answer ? (
        <form className="cp-action-form" onSubmit={(event) => void submit(event)} noValidate>
          {answer.status === 'approved'
            ? request.request.items.map((line) => (
                <div key={line.itemId} className="field field-quantity">
                  <label htmlFor={`${id}-${line.itemId}`}>{t('coordination.supply.quantity', { name: line.name[language] })}</label>
                  <input
                    id={`${id}-${line.itemId}`}
                    type="number"
                    min={0}
                    step="any"
                    inputMode="decimal"
                    value={quantities[line.itemId] ?? ''}
                    onChange={(event) => setQuantities((current) => ({ ...current, [line.itemId]: event.target.value }))}
                  />
                </div>
              ))
            : null}
          {answer.status === 'dispatched' ? (
            <div className="field">
              <label htmlFor={`${id}-expected`}>{t('coordination.supply.expectedAt')}</label>
              <input id={`${id}-expected`} type="datetime-local" value={expectedAt} onChange={(event) => setExpectedAt(event.target.value)} />
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('coordination.supply.note')}</label>
            <textarea id={`${id}-note`} rows={2} value={note} maxLength={4000} onChange={(event) => setNote(event.target.value)} />
          </div>
          {problem ? (
            <p className="field-error" role="alert">
              {problem}
            </p>
          ) : null}
          <ErrorMessage error={error} />
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {t('coordination.actions.save')}
            </button>
            <button type="button" className="button" onClick={() => setAnswer(null)}>
              {t('coordination.actions.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </article>
  );
}
