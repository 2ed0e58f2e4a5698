import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_DUTY_LIMIT_HOURS, attendanceSummary, coverageWarnings } from '../../domain/lead';
import { db } from '../../db/lead';
import { useSiteSetting } from '../lead/useSiteSetting';

/** Volunteers, shifts from 12 hours ago on, attendance and the coverage warnings, live. */
export function useRoster(now: number) {
  const dutyLimit = useSiteSetting('dutyLimitHours', DEFAULT_DUTY_LIMIT_HOURS);
  return useLiveQuery(async () => {
    const [volunteers, shifts, attendance] = await Promise.all([
      db.volunteers.toArray(),
      db.shifts.where('start').aboveOrEqual(new Date(now - 48 * 3600_000).toISOString()).sortBy('start'),
      db.attendance.toArray(),
    ]);
    volunteers.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    return {
      volunteers,
      shifts: shifts.filter((shift) => !shift.cancelled && Date.parse(shift.end) > now - 12 * 3600_000),
      attendance: attendanceSummary(attendance, now),
      warnings: coverageWarnings({ shifts, volunteers, attendance, now, dutyLimitHours: Number(dutyLimit ?? DEFAULT_DUTY_LIMIT_HOURS) }),
    };
  }, [now, dutyLimit]);
}
