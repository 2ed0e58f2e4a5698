/** /lead/settings: what the site lead decides for every tablet of the point. */
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { DEFAULT_DUTY_LIMIT_HOURS, DEFAULT_SITREP_INTERVAL_MINUTES, hashPin, isValidPin } from '../../domain/lead';
import { db, setSiteSetting } from '../../db/lead';
import { DEFAULT_LOCK_AFTER_MINUTES } from '../lock/lockRule';

const LOCK_AFTER = [0, 5, 10, 15, 30] as const;
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { TextField } from '../common/TextField';
import { useSiteSetting } from './useSiteSetting';
import './texts';
import './lead.css';

const SITREP_INTERVALS = [0, 60, 120, 180, 240];
const DUTY_LIMITS = [6, 8, 10, 12];

export default function LeadSettings() {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const collectNames = useSiteSetting('collectNames', false);
  const interval = useSiteSetting('sitrepIntervalMinutes', DEFAULT_SITREP_INTERVAL_MINUTES);
  const dutyLimit = useSiteSetting('dutyLimitHours', DEFAULT_DUTY_LIMIT_HOURS);
  const lockAfter = useSiteSetting('lockAfterMinutes', DEFAULT_LOCK_AFTER_MINUTES);
  const kioskPinHash = useSiteSetting('kioskPinHash', '');
  const [pin, setPin] = useState('');
  const [pinError, setPinError] = useState<string | undefined>();
  const [pinSaved, setPinSaved] = useState(false);

  async function saveKioskPin() {
    if (!isValidPin(pin)) {
      setPinError(t('lead.settings.pinInvalid'));
      return;
    }
    setPinError(undefined);
    const hash = await hashPin(pin);
    if (await run(() => setSiteSetting(db, 'kioskPinHash', hash))) {
      setPin('');
      setPinSaved(true);
    }
  }

  return (
    <div className="lead-settings">
      <StorageErrorMessage error={error} />
      <section className="card">
        <h2>{t('lead.settings.collectNames')}</h2>
        <p className="muted">{t('lead.settings.collectNamesHint')}</p>
        <div className="segmented" role="group" aria-label={t('lead.settings.collectNames')}>
          {[false, true].map((value) => (
            <button
              key={String(value)}
              type="button"
              className={collectNames === value ? 'button button-toggle is-active' : 'button button-toggle'}
              aria-pressed={collectNames === value}
              data-testid={`collect-names-${value ? 'on' : 'off'}`}
              onClick={() => void run(() => setSiteSetting(db, 'collectNames', value))}
            >
              {value ? t('lead.settings.on') : t('lead.settings.off')}
            </button>
          ))}
        </div>
      </section>
      <section className="card">
        <h2>{t('lead.settings.sitrepInterval')}</h2>
        <div className="segmented wrap" role="group" aria-label={t('lead.settings.sitrepInterval')}>
          {SITREP_INTERVALS.map((minutes) => (
            <button
              key={minutes}
              type="button"
              className={interval === minutes ? 'button button-toggle is-active' : 'button button-toggle'}
              aria-pressed={interval === minutes}
              onClick={() => void run(() => setSiteSetting(db, 'sitrepIntervalMinutes', minutes))}
            >
              {minutes === 0 ? t('lead.settings.off') : t('lead.settings.everyHours', { count: minutes / 60 })}
            </button>
          ))}
        </div>
      </section>
      <section className="card">
        <h2>{t('lead.settings.dutyLimit')}</h2>
        <p className="muted">{t('lead.settings.dutyLimitHint')}</p>
        <div className="segmented wrap" role="group" aria-label={t('lead.settings.dutyLimit')}>
          {DUTY_LIMITS.map((hours) => (
            <button
              key={hours}
              type="button"
              className={dutyLimit === hours ? 'button button-toggle is-active' : 'button button-toggle'}
              aria-pressed={dutyLimit === hours}
              onClick={() => void run(() => setSiteSetting(db, 'dutyLimitHours', hours))}
            >
              {t('lead.settings.hours', { count: hours })}
            </button>
          ))}
        </div>
      </section>
      <section className="card">
        <h2>{t('lead.settings.lockAfter')}</h2>
        <p className="muted">{t('lead.settings.lockAfterHint')}</p>
        <div className="segmented wrap" role="group" aria-label={t('lead.settings.lockAfter')}>
          {LOCK_AFTER.map((minutes) => (
            <button
              key={minutes}
              type="button"
              className={lockAfter === minutes ? 'button button-toggle is-active' : 'button button-toggle'}
              aria-pressed={lockAfter === minutes}
              onClick={() => void run(() => setSiteSetting(db, 'lockAfterMinutes', minutes))}
            >
              {minutes === 0 ? t('lead.settings.never') : t('lead.settings.minutes', { count: minutes })}
            </button>
          ))}
        </div>
      </section>
      <section className="card">
        <h2>{t('lead.settings.kioskPin')}</h2>
        <p className="muted">{kioskPinHash ? t('lead.settings.kioskPinSet') : t('lead.settings.kioskPinNone')}</p>
        <div className="field-row align-end">
          <TextField
            label={t('lead.settings.newPin')}
            value={pin}
            onChange={(value) => {
              setPin(value.replace(/\D/g, '').slice(0, 4));
              setPinSaved(false);
            }}
            error={pinError}
            inputMode="numeric"
            type="password"
            autoComplete="off"
            className="field-pin"
          />
          <button type="button" className="button button-primary" onClick={() => void saveKioskPin()}>
            {t('lead.settings.savePin')}
          </button>
        </div>
        {pinSaved ? (
          <p className="saved" role="status">
            ✓ {t('lead.settings.pinSaved')}
          </p>
        ) : null}
      </section>
    </div>
  );
}
