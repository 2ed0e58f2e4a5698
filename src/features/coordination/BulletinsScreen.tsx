import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { BulletinView, BulletinsResponse, PointsResponse } from '../../domain/coordinatorApi';
import { useSession } from '../../state/session';
import { useNow } from '../common/useNow';
import { apiPost, DashboardApiError, newRequestId } from './api';
import { BulletinEditor } from './BulletinEditor';
import { ErrorMessage } from './ErrorMessage';
import { formatWhen } from './format';
import { useResource } from './useResource';

export function BulletinsScreen() {
  const { t } = useTranslation();
  const points = useResource<PointsResponse>('/points');
  const bulletins = useResource<BulletinsResponse>('/bulletins');

  return (
    <section className="cp-screen cp-bulletins" aria-labelledby="cp-bulletins-title">
      <h1 id="cp-bulletins-title">{t('coordination.bulletins.title')}</h1>
      <ErrorMessage error={points.error ?? bulletins.error} />
      <div className="cp-two-columns">
        <div className="panel">
          <BulletinEditor points={points.data?.points ?? []} onPublished={bulletins.reload} />
        </div>
        <div>
          <h2>{t('coordination.bulletins.list')}</h2>
          {bulletins.data && bulletins.data.bulletins.length === 0 ? <p className="cp-empty">{t('coordination.bulletins.empty')}</p> : null}
          <ul className="cp-bulletin-list" data-testid="cp-bulletin-list">
            {bulletins.data?.bulletins.map((bulletin) => (
              <li key={bulletin.id}>
                <BulletinItem bulletin={bulletin} onChanged={bulletins.reload} />
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

function BulletinItem({ bulletin, onChanged }: { bulletin: BulletinView; onChanged: () => void }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const [error, setError] = useState<DashboardApiError | undefined>();
  const now = useNow(30_000);
  const text = bulletin[language] ?? bulletin.nl ?? bulletin.de;
  const expired = bulletin.validUntil !== undefined && Date.parse(bulletin.validUntil) <= now;

  async function withdraw() {
    setError(undefined);
    try {
      await apiPost<BulletinView>(`/bulletins/${bulletin.id}/withdraw`, { requestId: newRequestId() });
      onChanged();
    } catch (caught) {
      setError(caught instanceof DashboardApiError ? caught : undefined);
    }
  }

  return (
    <article className={`cp-bulletin${bulletin.withdrawn || expired ? ' is-inactive' : ''}`} data-testid="cp-bulletin">
      <h3>{text?.title}</h3>
      <p className="cp-bulletin-meta">
        {t(`coordination.bulletins.categories.${bulletin.category}`)} · {formatWhen(bulletin.publishedAt, language)} ·{' '}
        {bulletin.targets ? bulletin.targets.map((target) => target.name).join(', ') : t('coordination.bulletins.toAll')} ·{' '}
        {bulletin.validUntil ? t('coordination.bulletins.until', { time: formatWhen(bulletin.validUntil, language) }) : t('coordination.bulletins.noExpiry')}
        {expired ? <strong> · {t('coordination.bulletins.expired')}</strong> : null}
        {bulletin.withdrawn ? <strong> · {t('coordination.bulletins.withdrawn')}</strong> : null}
      </p>
      {bulletin.missingLanguages.map((missing) => (
        <p key={missing} className="cp-badge is-warn">
          {t('coordination.bulletins.missing', { language: t(missing === 'nl' ? 'coordination.bulletins.dutch' : 'coordination.bulletins.german') })}
        </p>
      ))}
      <p className="cp-bulletin-body">{text?.body}</p>
      <ErrorMessage error={error} />
      {!bulletin.withdrawn ? (
        <button type="button" className="button" onClick={() => void withdraw()}>
          {t('coordination.bulletins.withdraw')}
        </button>
      ) : null}
    </article>
  );
}
