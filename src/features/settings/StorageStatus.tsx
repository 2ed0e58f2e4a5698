import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { formatBytes } from '../../i18n';
import { useSession } from '../../state/session';

interface StorageInfo {
  persisted: boolean | undefined;
  usage?: number;
  quota?: number;
}

async function readStorageInfo(): Promise<StorageInfo> {
  const storage = navigator.storage;
  if (!storage) return { persisted: undefined };
  const [persisted, estimate] = await Promise.all([storage.persisted?.(), storage.estimate?.()]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** Whether the browser may evict our data, and how much room is left. */
export function StorageStatus() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const [info, setInfo] = useState<StorageInfo | undefined>();
  const refresh = useCallback(() => void readStorageInfo().then(setInfo), []);
  useEffect(refresh, [refresh]);

  async function requestPersist() {
    await navigator.storage?.persist?.();
    refresh();
  }

  if (!info) return null;
  return (
    <section className="card" data-testid="storage-status" data-persisted={String(info.persisted)}>
      <h2>{t('storage.title')}</h2>
      <p className={info.persisted ? 'ok' : 'warn'}>{info.persisted ? t('storage.persistent') : t('storage.notPersistent')}</p>
      {!info.persisted && 'persist' in (navigator.storage ?? {}) ? (
        <button type="button" className="button" onClick={requestPersist}>
          {t('storage.requestPersist')}
        </button>
      ) : null}
      <p data-testid="storage-usage">
        {info.usage !== undefined && info.quota !== undefined
          ? t('storage.usage', { used: formatBytes(info.usage, language), free: formatBytes(Math.max(0, info.quota - info.usage), language) })
          : t('storage.unknown')}
      </p>
    </section>
  );
}
