import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { navigate } from '../../app/router';
import { attendanceSummary, verifyPin, type Volunteer } from '../../domain/lead';
import { db } from '../../db/lead';
import { useSession } from '../../state/session';
import './texts';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '', '0', '⌫'];

export function OperatorSignIn({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const role = useSession((state) => state.role);
  const operator = useSession((state) => state.operator);
  const setOperator = useSession((state) => state.setOperator);
  const [chosen, setChosen] = useState<Volunteer | undefined>();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const [checking, setChecking] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const volunteers = useLiveQuery(async () => {
    const [all, attendance] = await Promise.all([db.volunteers.toArray(), db.attendance.toArray()]);
    const here = attendanceSummary(attendance, Date.now());
    // Those checked in first: the person at the tablet is almost always one of them.
    return all.sort((a, b) => Number(Boolean(here.get(b.id)?.onSiteSince)) - Number(Boolean(here.get(a.id)?.onSiteSince)) || a.name.localeCompare(b.name, 'nl'));
  }, []);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    return () => element?.close?.();
  }, []);

  async function press(key: string) {
    if (!chosen || checking) return;
    if (key === '⌫') {
      setPin(pin.slice(0, -1));
      return;
    }
    const next = (pin + key).slice(0, 4);
    setPin(next);
    setWrong(false);
    if (next.length < 4) return;
    setChecking(true);
    const ok = await verifyPin(next, chosen.pinHash);
    setChecking(false);
    if (ok) {
      setOperator({ volunteerId: chosen.id, name: chosen.name });
      onClose();
    } else {
      setWrong(true);
      setPin('');
    }
  }

  return (
    <dialog ref={dialog} className="operator-dialog" aria-labelledby="operator-title" onCancel={onClose} data-testid="operator-dialog">
      <div className="dialog-head">
        <h2 id="operator-title">{chosen ? t('roster.operator.pinFor', { name: chosen.name }) : t('roster.operator.who')}</h2>
        <button type="button" className="button" onClick={chosen ? () => setChosen(undefined) : onClose}>
          {chosen ? t('roster.operator.back') : t('roster.operator.close')}
        </button>
      </div>
      {!chosen ? (
        <>
          {volunteers?.length === 0 ? <p className="muted">{t('roster.operator.noVolunteers')}</p> : null}
          <div className="operator-grid">
            {volunteers?.map((volunteer) => (
              <button
                key={volunteer.id}
                type="button"
                className="button operator-choice"
                disabled={!volunteer.pinHash}
                onClick={() => {
                  setChosen(volunteer);
                  setPin('');
                  setWrong(false);
                }}
              >
                {volunteer.name}
                {!volunteer.pinHash ? <span className="muted"> · {t('roster.noPin')}</span> : null}
              </button>
            ))}
          </div>
          <div className="form-actions">
            {operator ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setOperator(null);
                  onClose();
                }}
              >
                {t('roster.operator.signOut', { name: operator.name })}
              </button>
            ) : null}
            {role === 'lead' ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  onClose();
                  navigate('/lead/roster?new=1');
                }}
              >
                + {t('roster.addVolunteer')}
              </button>
            ) : (
              <p className="muted">{t('roster.operator.askLead')}</p>
            )}
          </div>
        </>
      ) : (
        <div className="pin-entry">
          <div className="pin-dots" aria-live="polite" aria-label={t('roster.operator.digits', { count: pin.length })}>
            {[0, 1, 2, 3].map((index) => (
              <span key={index} className={index < pin.length ? 'pin-dot is-filled' : 'pin-dot'} />
            ))}
          </div>
          {wrong ? (
            <p className="field-error" role="alert">
              {t('roster.operator.wrongPin')}
            </p>
          ) : null}
          <div className="pin-pad">
            {DIGITS.map((key, index) =>
              key ? (
                <button key={index} type="button" className="button pin-key" aria-label={key === '⌫' ? t('roster.operator.erase') : key} onClick={() => void press(key)} disabled={checking}>
                  {key}
                </button>
              ) : (
                <span key={index} />
              ),
            )}
          </div>
        </div>
      )}
    </dialog>
  );
}
