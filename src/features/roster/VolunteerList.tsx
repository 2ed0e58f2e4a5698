/** Volunteers with who is on site now, hours worked, check-in/check-out in one tap. */
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AttendanceSummary, Volunteer } from '../../domain/lead';
import { db, recordAttendance } from '../../db/lead';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { VolunteerForm } from './VolunteerForm';
import { useWhen } from './useWhen';
import './texts';

export function VolunteerList({ volunteers, attendance, startAdding }: { volunteers: Volunteer[]; attendance: Map<string, AttendanceSummary>; startAdding: boolean }) {
  const { t } = useTranslation();
  const when = useWhen();
  const { error, run } = useActionError();
  const [editing, setEditing] = useState<string | 'new' | undefined>(startAdding ? 'new' : undefined);
  const onSite = volunteers.filter((volunteer) => attendance.get(volunteer.id)?.onSiteSince);

  return (
    <section className="card" aria-labelledby="volunteers-title">
      <div className="toolbar">
        <h3 id="volunteers-title">{t('roster.volunteersTitle', { count: volunteers.length, onSite: onSite.length })}</h3>
        <button type="button" className="button" onClick={() => setEditing('new')} data-testid="add-volunteer">
          + {t('roster.addVolunteer')}
        </button>
      </div>
      {editing === 'new' ? <VolunteerForm onDone={() => setEditing(undefined)} /> : null}
      <StorageErrorMessage error={error} />
      {volunteers.length === 0 ? <p className="muted">{t('roster.noVolunteers')}</p> : null}
      <ul className="volunteer-list">
        {volunteers.map((volunteer) => {
          const summary = attendance.get(volunteer.id);
          const here = Boolean(summary?.onSiteSince);
          return (
            <li key={volunteer.id} className={here ? 'volunteer is-here' : 'volunteer'} data-testid="volunteer" data-name={volunteer.name}>
              <div className="volunteer-main">
                <strong>{volunteer.name}</strong>
                <span className="muted">
                  {' '}
                  · {t(`roster.organisations.${volunteer.organisation}`)}
                  {volunteer.phone ? ` · ${volunteer.phone}` : ''}
                </span>
                <div className="skill-tags">
                  {volunteer.skills.map((skill) => (
                    <span key={skill} className={`tag tag-${skill}`}>
                      {t(`roster.skillNames.${skill}`)}
                    </span>
                  ))}
                  {!volunteer.pinHash ? <span className="tag tag-missing">{t('roster.noPin')}</span> : null}
                </div>
                <div className="muted">
                  {here ? t('roster.hereSince', { time: when(summary!.onSiteSince!) }) : t('roster.notHere')}
                  {summary ? ` · ${t('roster.hoursWorked', { hours: summary.hoursWorked })}` : ''}
                </div>
              </div>
              <div className="volunteer-actions">
                <button type="button" className={here ? 'button' : 'button button-primary'} onClick={() => void run(() => recordAttendance(db, volunteer.id, here ? 'checkOut' : 'checkIn'))}>
                  {here ? t('roster.checkOut') : t('roster.checkIn')}
                </button>
                <button type="button" className="button" onClick={() => setEditing(editing === volunteer.id ? undefined : volunteer.id)} aria-expanded={editing === volunteer.id}>
                  {t('roster.edit')}
                </button>
              </div>
              {editing === volunteer.id ? <VolunteerForm volunteer={volunteer} onDone={() => setEditing(undefined)} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
