import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import { db } from '../../../db';
import { useNow } from '../../common/useNow';
import { KIOSK_PIN_SETTING, isKioskPin } from '../kioskPin';

const FREE_ATTEMPTS = 5;
const WAIT_MS = 30_000;
/** A resident who opened the dialog and walked away: back to the cards. */
const IDLE_CLOSE_MS = 60_000;

/**
 * Staff leave the kiosk with the point's PIN. Until the site lead has set one, the dialog says
 * so and lets anyone leave: locking a tablet with no way out would be worse (see README).
 */
export function KioskExitDialog({ siteId, onCancel, onLeave }: { siteId: string; onCancel: () => void; onLeave: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const setting = useLiveQuery(async () => ({ hash: (await db.settings.get(KIOSK_PIN_SETTING))?.value }), []);
  const [pin, setPin] = useState('');
  const [failures, setFailures] = useState(0);
  const [waitUntil, setWaitUntil] = useState(0);
  const [wrong, setWrong] = useState(false);
  const [checking, setChecking] = useState(false);
  const now = useNow(1000);
  const waitSeconds = Math.max(0, Math.ceil((waitUntil - now) / 1000));

  useEffect(() => {
    const timer = setTimeout(onCancel, IDLE_CLOSE_MS);
    return () => clearTimeout(timer);
  }, [pin, onCancel]);

  useEffect(() => {
    inputRef.current?.focus();
  }, [setting]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);

  const storedHash = typeof setting?.hash === 'string' && setting.hash ? setting.hash : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!storedHash || waitSeconds > 0 || checking) return;
    setChecking(true);
    const ok = await isKioskPin(siteId, pin.trim(), storedHash);
    setChecking(false);
    if (ok) return onLeave();
    const count = failures + 1;
    setFailures(count);
    setWrong(true);
    setPin('');
    if (count >= FREE_ATTEMPTS) setWaitUntil(Date.now() + WAIT_MS);
  }

  return (
    <div className="kiosk-dialog-backdrop">
      <div className="kiosk-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="kiosk-exit-dialog">
        <h2 id={titleId}>{t('info.kiosk.exit')}</h2>
        <p>{t('info.kiosk.exitIntro')}</p>
        {setting === undefined ? null : storedHash ? (
          <form onSubmit={submit} className="form">
            <div className={`field ${wrong || waitSeconds > 0 ? 'has-error' : ''}`}>
              <label htmlFor={`${titleId}-pin`}>{t('info.kiosk.pinLabel')}</label>
              <input
                ref={inputRef}
                id={`${titleId}-pin`}
                type="password"
                inputMode="numeric"
                autoComplete="off"
                value={pin}
                onChange={(event) => {
                  setPin(event.target.value);
                  setWrong(false);
                }}
                aria-invalid={wrong || undefined}
                aria-describedby={wrong || waitSeconds ? `${titleId}-error` : undefined}
                disabled={waitSeconds > 0}
              />
            </div>
            {waitSeconds > 0 ? (
              <p id={`${titleId}-error`} className="field-error" role="alert">
                {t('info.kiosk.pinWait', { seconds: waitSeconds })}
              </p>
            ) : wrong ? (
              <p id={`${titleId}-error`} className="field-error" role="alert">
                {t('info.kiosk.pinWrong')}
              </p>
            ) : null}
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={!pin.trim() || waitSeconds > 0 || checking}>
                {t('info.kiosk.leave')}
              </button>
              <button type="button" className="button" onClick={onCancel}>
                {t('info.kiosk.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <>
            <p className="kiosk-dialog-hint" data-testid="kiosk-no-pin">
              {t('info.kiosk.noPin')}
            </p>
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={onLeave}>
                {t('info.kiosk.leave')}
              </button>
              <button type="button" className="button" onClick={onCancel}>
                {t('info.kiosk.cancel')}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
