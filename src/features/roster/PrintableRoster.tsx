import { useTranslation } from '../../i18n/useTranslation';
import type { Shift, Volunteer } from '../../domain/lead';
import { formatTime } from '../../i18n';
import { useSession } from '../../state/session';
import { groupByDay, useDayLabel } from './ShiftList';
import './texts';

/**
 * The roster for the wall: only this shows when printed (see roster.css). Names and tasks
 * only: residents walk past the wall, so volunteers' phone numbers stay off it.
 */
export function PrintableRoster({ shifts, volunteers }: { shifts: Shift[]; volunteers: Volunteer[] }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const site = useSession((state) => state.site);
  const dayLabel = useDayLabel();
  const byId = new Map(volunteers.map((volunteer) => [volunteer.id, volunteer]));
  return (
    <section className="print-roster" aria-hidden="true">
      <h1>
        {t('roster.printTitle')} · {site?.name}
      </h1>
      {groupByDay(shifts).map(([day, dayShifts]) => (
        <table key={day}>
          <caption>{dayLabel(day)}</caption>
          <thead>
            <tr>
              <th>{t('roster.time')}</th>
              <th>{t('roster.role')}</th>
              <th>{t('roster.people')}</th>
            </tr>
          </thead>
          <tbody>
            {dayShifts.map((shift) => (
              <tr key={shift.id}>
                <td>
                  {formatTime(shift.start, language)}–{formatTime(shift.end, language)}
                </td>
                <td>{t(`roster.roles.${shift.role}`)}</td>
                <td>
                  {shift.volunteerIds.map((id) => byId.get(id)?.name ?? '?').join(', ')}
                  {shift.volunteerIds.length < shift.needed ? ` (${t('roster.staffing', { assigned: shift.volunteerIds.length, needed: shift.needed })})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
