import { lazy, Suspense } from 'react';
import { StorageStatus } from '../settings/StorageStatus';
import { SyncStatusCard } from '../sync/SyncStatusCard';
import { DeadLetterList } from './DeadLetterList';

const RelayExportCard = lazy(() => import('../relay/RelayExportCard'));
// dexie-export-import travels only with the backup card.
const BackupCard = lazy(() => import('../backup/BackupCard'));

/** /lead/sync: the link, what waits, refused messages to fix or discard, and storage. */
export default function SyncTab() {
  return (
    <>
      <SyncStatusCard />
      <DeadLetterList />
      <Suspense fallback={null}>
        <RelayExportCard />
        <BackupCard />
      </Suspense>
      <StorageStatus />
    </>
  );
}
