/** Shifts by day with the people on them; assign or remove a volunteer in one tap. */
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { dayKey, type Shift, type Volunteer } from '../../domain/lead';
import { cancelShift, db, toggleShiftVolunteer } from '../../db/lead';
import { formatTime } from '../../i18n';
import { useSession } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { ShiftForm } from './ShiftForm';
import './texts';

export function groupByDay(shifts: Shift[]): [string, Shift[]][] {
  const days = new Map<string, Shift[]>();
  for (const shift of shifts) days.set(dayKey(shift.start), [...(days.get(dayKey(shift.start)) ?? []), shift]);
  return [...days];
}

export function useDayLabel(): (day: string) => string {
  const language = useSession((state) => state.language);
  return (day) => new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'nl-NL', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(day));
}

export function ShiftList({ shifts, volunteers }: { shifts: Shift[]; volunteers: Volunteer[] }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const dayLabel = useDayLabel();
  const { error, run } = useActionError();
  const [adding, setAdding] = useState(false);
  const [cancelling, setCancelling] = useState<string | undefined>();
  const byId = new Map(volunteers.map((volunteer) => [volunteer.id, volunteer]));

  return (
    <section className="card" aria-labelledby="shifts-title">
      <div className="toolbar">
        <h3 id="shifts-title">{t('roster.shiftsTitle')}</h3>
        <button type="button" className="button" onClick={() => setAdding(true)} data-testid="add-shift">
          + {t('roster.addShift')}
        </button>
      </div>
      {adding ? <ShiftForm onDone={() => setAdding(false)} /> : null}
      <StorageErrorMessage error={error} />
      {shifts.length === 0 ? <p className="muted">{t('roster.noShifts')}</p> : null}
      {groupByDay(shifts).map(([day, dayShifts]) => (
        <div key={day} className="shift-day">
          <h4>{dayLabel(day)}</h4>
          <ul className="shift-list">
            {dayShifts.map((shift) => {
              const short = shift.volunteerIds.length < shift.needed;
              const free = volunteers.filter((volunteer) => !shift.volunteerIds.includes(volunteer.id));
              return (
                <li key={shift.id} className={short ? 'shift is-short' : 'shift'} data-testid="shift" data-role={shift.role}>
                  <div className="shift-head">
                    <strong>
                      {formatTime(shift.start, language)}–{formatTime(shift.end, language)}
                    </strong>{' '}
                    {t(`roster.roles.${shift.role}`)}
                    <span className={short ? 'staffing warn' : 'staffing ok'}>{t('roster.staffing', { assigned: shift.volunteerIds.length, needed: shift.needed })}</span>
                    {cancelling === shift.id ? (
                      <>
                        <button type="button" className="button button-danger" onClick={() => void run(() => cancelShift(db, shift.id))} data-testid="confirm-cancel-shift">
                          {t('roster.cancelShiftConfirm')}
                        </button>
                        <button type="button" className="button" onClick={() => setCancelling(undefined)}>
                          {t('roster.cancel')}
                        </button>
                      </>
                    ) : (
                      <button type="button" className="button button-quiet" aria-label={t('roster.cancelShift')} title={t('roster.cancelShift')} onClick={() => setCancelling(shift.id)}>
                        ✕
                      </button>
                    )}
                  </div>
                  <div className="shift-people">
                    {shift.volunteerIds.map((id) => (
                      <button
                        key={id}
                        type="button"
                        className="chip is-active"
                        aria-label={t('roster.unassign', { name: byId.get(id)?.name ?? '?' })}
                        onClick={() => void run(() => toggleShiftVolunteer(db, shift.id, id))}
                      >
                        {byId.get(id)?.name ?? '?'} ×
                      </button>
                    ))}
                    {free.length > 0 ? (
                      <select
                        className="assign-select"
                        aria-label={t('roster.assign')}
                        value=""
                        data-testid="assign"
                        onChange={(event) => event.target.value && void run(() => toggleShiftVolunteer(db, shift.id, event.target.value))}
                      >
                        <option value="">+ {t('roster.assign')}</option>
                        {free.map((volunteer) => (
                          <option key={volunteer.id} value={volunteer.id}>
                            {volunteer.name}
                          </option>
                        ))}
                      </select>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
