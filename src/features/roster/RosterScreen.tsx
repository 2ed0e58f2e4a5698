/** /lead/roster: coverage warnings first, then who is here, the volunteers and the shifts. */
import { useTranslation } from '../../i18n/useTranslation';
import { useSearchParam } from '../../app/router';
import { useNow } from '../common/useNow';
import { CoverageWarnings } from './CoverageWarnings';
import { PrintableRoster } from './PrintableRoster';
import { ShiftList } from './ShiftList';
import { VolunteerList } from './VolunteerList';
import { useRoster } from './useRoster';
import './texts';
import './roster.css';

export default function RosterScreen() {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const roster = useRoster(now);
  const startAdding = useSearchParam('new') === '1';
  if (!roster) return null;
  return (
    <div className="roster">
      <div className="toolbar no-print">
        <h2>{t('roster.title')}</h2>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('roster.print')}
        </button>
      </div>
      <div className="roster-columns no-print">
        <div>
          <CoverageWarnings warnings={roster.warnings} volunteers={roster.volunteers} />
          <ShiftList shifts={roster.shifts} volunteers={roster.volunteers} />
        </div>
        <VolunteerList volunteers={roster.volunteers} attendance={roster.attendance} startAdding={startAdding} />
      </div>
      <PrintableRoster shifts={roster.shifts} volunteers={roster.volunteers} />
    </div>
  );
}
