import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { db, readIdentity, toStorageError } from '../../db';
import { exportBackup, restoreBackup } from '../../sync/backup';
import { downloadFile, exportFileName } from '../evaluation/download';
import './texts';

/**
 * Lead's sync tab: the whole tablet as a file (for when a tablet dies and there is no link),
 * and restoring such a file on this tablet.
 */
export default function BackupCard() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    setMessage(null);
    try {
      const identity = await readIdentity(db);
      const text = await (await exportBackup(db)).text();
      downloadFile(exportFileName(identity?.siteName, new Date().toISOString().slice(0, 10), 'backup.json'), text, 'application/json');
      setMessage({ ok: true, text: t('backup.saved') });
    } catch (error) {
      setMessage({ ok: false, text: t('backup.failed', { detail: toStorageError(error).detail }) });
    } finally {
      setBusy(false);
    }
  }

  async function restore(file: File | undefined) {
    if (!file || !window.confirm(t('backup.confirm'))) return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await restoreBackup(db, file);
      setMessage({ ok: true, text: t('backup.restored', { site: result.siteName, count: result.outboxMessages }) });
    } catch (error) {
      const storageError = toStorageError(error);
      setMessage({ ok: false, text: /another point/.test(storageError.detail) ? t('backup.otherPoint') : t('backup.notABackup') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" data-testid="backup">
      <h2>{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void download()}>
          {t('backup.download')}
        </button>
        <label className="button">
          {t('backup.restore')}
          <input type="file" accept=".json,application/json" className="visually-hidden" disabled={busy} onChange={(event) => void restore(event.target.files?.[0])} data-testid="backup-restore" />
        </label>
      </div>
      {message ? (
        <p className={message.ok ? 'ok' : 'alert alert-error'} role="status" data-testid="backup-message">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
