/** Exports: the anonymised set for the national evaluation, and the lead's full export behind a warning. */
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { dayKey } from '../../domain/lead';
import type { Period } from '../../domain/evaluation';
import { ANONYMISED_FILES, anonymisedFiles, buildAnonymisedExport, type AnonymisedFileName, type EvaluationSnapshot } from '../../domain/evaluationExport';
import { db } from '../../db/lead';
import { useSession } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { downloadFile, exportFileName } from './download';
import { buildFullExport } from './fullExport';

/** Builds the set when asked (not on every render) and saves one file of it; returns its name. */
function saveAnonymised(snapshot: EvaluationSnapshot, period: Period, siteName: string | undefined, file: AnonymisedFileName): string {
  const now = Date.now();
  const files = anonymisedFiles(buildAnonymisedExport(snapshot, period, now));
  const name = exportFileName(siteName, dayKey(now), file);
  downloadFile(name, files[file], file.endsWith('.csv') ? 'text/csv;charset=utf-8' : 'application/json');
  return name;
}

export function ExportPanel({ snapshot, period }: { snapshot: EvaluationSnapshot; period: Period }) {
  const { t } = useTranslation();
  const siteName = useSession((state) => state.site?.name);
  const [confirmed, setConfirmed] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const { error, run } = useActionError();

  function downloadAnonymised(file: AnonymisedFileName) {
    setDone(saveAnonymised(snapshot, period, siteName, file));
  }

  async function downloadFull() {
    const data = await run(() => buildFullExport(db));
    if (!data) return;
    const name = exportFileName(siteName, dayKey(Date.now()), 'full-personal-data.json');
    downloadFile(name, JSON.stringify(data, null, 2), 'application/json');
    setConfirmed(false);
    setDone(name);
  }

  return (
    <section className="card evaluation-export" aria-labelledby="export-title">
      <h2 id="export-title">{t('evaluation.export.title')}</h2>
      <h3>{t('evaluation.export.anonymised')}</h3>
      <p className="muted">{t('evaluation.export.anonymisedHint')}</p>
      <div className="form-actions">
        {ANONYMISED_FILES.map(([key, file]) => (
          <button key={file} type="button" className="button" data-testid={`export-${key}`} onClick={() => downloadAnonymised(file)}>
            {t(`evaluation.export.files.${key}`)}
          </button>
        ))}
      </div>
      <h3>{t('evaluation.export.full')}</h3>
      <p className="warn" role="note">
        ⚠ {t('evaluation.export.fullWarning')}
      </p>
      <label className="confirm">
        <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} data-testid="full-export-confirm" /> {t('evaluation.export.fullConfirm')}
      </label>
      <div className="form-actions">
        <button type="button" className="button button-danger" disabled={!confirmed} data-testid="export-full" onClick={() => void downloadFull()}>
          {t('evaluation.export.fullDownload')}
        </button>
      </div>
      <StorageErrorMessage error={error} />
      {done ? (
        <p className="saved" role="status" data-testid="export-done">
          ✓ {t('evaluation.export.downloaded', { file: done })}
        </p>
      ) : null}
    </section>
  );
}
