import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { db } from '../../db';
import { useSession } from '../../state/session';
import { enrollDevice } from '../../sync/enroll';
import { syncNow } from '../../sync/runtime';
import { LinkDownError, SyncHttpError } from '../../sync/transport';
import { TextField } from '../common/TextField';
import { enrollmentCodeFromQr } from './enrollmentCode';

function enrollErrorKey(error: unknown): { key: string; detail?: string } {
  if (error instanceof SyncHttpError) {
    if (error.status === 401) return { key: 'enroll.errors.invalidCode' };
    return { key: 'enroll.errors.other', detail: `${error.status}` };
  }
  if (error instanceof LinkDownError) return { key: /429/.test(error.message) ? 'enroll.errors.tooMany' : 'enroll.errors.unreachable' };
  return { key: 'enroll.errors.other', detail: (error as Error).message };
}

/** Type the code shown at the coordination point; the point's identity then comes from there. */
export function EnrollForm() {
  const { t } = useTranslation();
  const setSite = useSession((state) => state.setSite);
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ key: string; detail?: string } | undefined>();

  /** A photo of the QR code shown at the coordination point fills in the code. */
  async function scan(photo: File | undefined) {
    if (!photo) return;
    setFailure(undefined);
    try {
      const { decodeQrFromImage } = await import('../common/qrImage');
      const found = enrollmentCodeFromQr((await decodeQrFromImage(photo)) ?? '');
      if (found) setCode(found);
      else setFailure({ key: 'enroll.errors.noCodeInPhoto' });
    } catch {
      setFailure({ key: 'enroll.errors.noCodeInPhoto' });
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!code.trim()) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const identity = await enrollDevice(db, { code, deviceName: deviceName.trim() || 'Tablet' });
      setSite({ id: identity.siteId, name: identity.siteName, municipality: identity.municipality });
      syncNow();
    } catch (error) {
      setFailure(enrollErrorKey(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="enroll-form">
      <h2>{t('enroll.title')}</h2>
      <p>{t('enroll.intro')}</p>
      <div className="field-row">
        <TextField name="code" label={t('enroll.code')} value={code} onChange={setCode} autoCapitalize="characters" autoComplete="off" className="field-code" />
        <label className="button button-scan">
          {t('enroll.scan')}
          <input type="file" accept="image/*" capture="environment" className="visually-hidden" onChange={(event) => void scan(event.target.files?.[0])} data-testid="enroll-scan" />
        </label>
        <TextField name="deviceName" label={t('enroll.deviceName')} placeholder={t('enroll.deviceNamePlaceholder')} value={deviceName} onChange={setDeviceName} autoComplete="off" />
      </div>
      {failure ? (
        <div className="alert alert-error" role="alert" data-testid="enroll-error">
          {t(failure.key, { detail: failure.detail })}
        </div>
      ) : null}
      <button type="submit" className="button button-primary button-large" disabled={busy || !code.trim()}>
        {t('enroll.submit')}
      </button>
    </form>
  );
}
