import { useTranslation } from 'react-i18next';
import { StorageStatus } from '../settings/StorageStatus';
import { SyncStatusCard } from '../sync/SyncStatusCard';
import { DeadLetterList } from './DeadLetterList';

export default function LeadScreen() {
  const { t } = useTranslation();
  return (
    <section className="panel">
      <h1>{t('lead.title')}</h1>
      <SyncStatusCard />
      <DeadLetterList />
      <StorageStatus />
    </section>
  );
}
