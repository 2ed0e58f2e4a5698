import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { PRIORITY } from '../../domain';
import { db, readIdentity } from '../../db';
import { buildRelayFile, relayFileName, RelayExportError } from '../../sync/relay';
import './texts';

// The QR encoder is only needed once someone asks for codes: keep it out of the sync tab's chunk.
const RelayQrSequence = lazy(() => import('./RelayQrSequence'));

/** Lead's sync tab: the pending outbox as a signed file for a runner, or emergency reports as QR codes. */
export default function RelayExportCard() {
  const { t } = useTranslation();
  const counts = useLiveQuery(async () => {
    const pending = await db.outbox.where('state').equals('pending').toArray();
    return { total: pending.length, emergency: pending.filter((entry) => entry.priority === PRIORITY.emergency).length };
  }, []);
  const [error, setError] = useState<string | null>(null);
  const [showQr, setShowQr] = useState(false);

  // Stable, so the QR sequence does not rebuild its codes on every render.
  const explain = useCallback(
    (caught: unknown) =>
      setError(caught instanceof RelayExportError ? t('relay.export.notEnrolled') : t('relay.export.failed', { error: String(caught) })),
    [t],
  );

  async function download() {
    setError(null);
    try {
      const now = new Date();
      const file = await buildRelayFile(db, { now });
      const identity = await readIdentity(db);
      const url = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = relayFileName(identity?.siteName ?? '', now);
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      explain(caught);
    }
  }

  if (!counts) return null;
  return (
    <section className="card" data-testid="relay-export">
      <h2>{t('relay.export.title')}</h2>
      <p>{t('relay.export.intro')}</p>
      <p>{t('relay.export.waiting', { count: counts.total, emergency: counts.emergency })}</p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void download()} disabled={counts.total === 0}>
          {t('relay.export.download')}
        </button>
        <button type="button" className="button" onClick={() => setShowQr((shown) => !shown)} disabled={counts.emergency === 0 && !showQr}>
          {showQr ? t('relay.export.hideQr') : t('relay.export.showQr')}
        </button>
      </div>
      {showQr ? (
        <Suspense fallback={null}>
          <RelayQrSequence onError={explain} />
        </Suspense>
      ) : null}
    </section>
  );
}
