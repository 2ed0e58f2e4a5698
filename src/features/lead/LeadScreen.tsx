import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { StorageStatus } from '../settings/StorageStatus';

export default function LeadScreen() {
  const { t } = useTranslation();
  const queued = useLiveQuery(() => db.outbox.where('state').equals('pending').count(), [], 0);
  return (
    <section className="panel">
      <h1>{t('lead.title')}</h1>
      <p className="muted">{t('link.queued', { count: queued })}</p>
      <StorageStatus />
    </section>
  );
}
