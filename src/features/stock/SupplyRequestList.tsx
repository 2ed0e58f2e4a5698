/** Supply requests with the coordination point's answers, and the "received" confirmation. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { supplyStatus, type SupplyRequest, type SupplyUpdate } from '../../domain/lead';
import { confirmSupplyReceived, db, type StoredSupplyEvent } from '../../db/lead';
import { formatDateTime } from '../../i18n';
import { operatorName, useSession } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { parseQuantity } from './movementForm';
import { useItemName, useUnitLabel } from './useStock';
import './texts';

export function SupplyRequestList() {
  const { t } = useTranslation();
  const data = useLiveQuery(async () => {
    const [requests, events] = await Promise.all([db.supplyRequests.orderBy('at').reverse().limit(20).toArray(), db.supplyEvents.toArray()]);
    return requests.map((request) => ({ request, events: events.filter((event) => event.requestId === request.id).sort((a, b) => (a.at < b.at ? -1 : 1)) }));
  }, []);
  if (!data || data.length === 0) return null;
  return (
    <section className="card" aria-labelledby="requests-title" data-testid="supply-requests">
      <h3 id="requests-title">{t('stock.supply.listTitle')}</h3>
      <ul className="request-list">
        {data.map(({ request, events }) => (
          <SupplyRequestRow key={request.id} request={request} events={events} />
        ))}
      </ul>
    </section>
  );
}

function SupplyRequestRow({ request, events }: { request: SupplyRequest; events: StoredSupplyEvent[] }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const itemName = useItemName();
  const unitLabel = useUnitLabel();
  const { error, run } = useActionError();
  const status = supplyStatus(events);
  const answers = events.filter((event): event is StoredSupplyEvent & SupplyUpdate => event.status !== 'received');
  const latestWithItems = [...answers].reverse().find((answer) => answer.items?.length);
  const expected = (itemId: string, requested: number) => latestWithItems?.items?.find((line) => line.itemId === itemId)?.quantity ?? requested;
  const [receiving, setReceiving] = useState<Record<string, string> | undefined>();

  async function confirm() {
    if (!receiving) return;
    const lines = request.items.map((line) => ({ itemId: line.itemId, quantity: parseQuantity(receiving[line.itemId] ?? '') ?? 0 }));
    const done = await run(() => confirmSupplyReceived(db, { requestId: request.id, lines, by: operatorName() }));
    if (done !== undefined) setReceiving(undefined);
  }

  return (
    <li className="request" data-testid="supply-request" data-status={status}>
      <p>
        <span className={`badge badge-${status}`}>{t(`stock.supply.statuses.${status}`)}</span> <strong>{formatDateTime(request.at, language)}</strong> ·{' '}
        {t(`stock.supply.urgencies.${request.urgency}`)} · {request.by}
      </p>
      <p className="muted">{request.items.map((line) => `${itemName(line)} ${expected(line.itemId, line.quantity)} ${unitLabel(line.unit)}`).join(' · ')}</p>
      {answers.map((answer) => (
        <p key={answer.id} className="request-answer">
          {t(`stock.supply.statuses.${answer.status}`)} {formatDateTime(answer.at, language)} ({answer.by})
          {answer.expectedAt ? ` · ${t('stock.supply.expected', { time: formatDateTime(answer.expectedAt, language) })}` : ''}
          {answer.note ? ` · ${answer.note}` : ''}
        </p>
      ))}
      {status !== 'received' && status !== 'declined' && !receiving ? (
        <button
          type="button"
          className="button"
          onClick={() => setReceiving(Object.fromEntries(request.items.map((line) => [line.itemId, String(expected(line.itemId, line.quantity))])))}
        >
          {t('stock.supply.markReceived')}
        </button>
      ) : null}
      {receiving ? (
        <div className="receive-form">
          <p>{t('stock.supply.receivedIntro')}</p>
          {request.items.map((line) => (
            <label key={line.itemId} className="receive-line">
              <span>{itemName(line)}</span>
              <input className="quantity-input" inputMode="decimal" value={receiving[line.itemId]} onChange={(event) => setReceiving({ ...receiving, [line.itemId]: event.target.value })} />
              <span>{unitLabel(line.unit)}</span>
            </label>
          ))}
          <StorageErrorMessage error={error} />
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={() => void confirm()} data-testid="confirm-received">
              {t('stock.supply.confirmReceived')}
            </button>
            <button type="button" className="button" onClick={() => setReceiving(undefined)}>
              {t('stock.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
