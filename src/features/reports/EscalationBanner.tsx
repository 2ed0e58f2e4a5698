import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/Link';
// Direct module imports: the banner is in the shell, and the barrels would pull every action
// and message schema into the first load.
import type { StoredReport } from '../../db/db';
import { DEFAULT_ESCALATE_AFTER_MINUTES, compareReportPriority, escalates, isEscalated } from '../../domain/reports';
import { useLiveDb } from '../common/useLiveDb';
import { useNow } from '../common/useNow';
import { useSiteSetting } from '../common/useSiteSetting';
import { reportPath } from '../desk/deskPaths';
import { playAlarm, unlockSound } from '../common/alarm';
import '../desk/desk.css';

const REPEAT_ALARM_MS = 60_000;

/** Urgent reports of this tablet that have not reached the coordination point. */
function useUndeliveredUrgentReports(): StoredReport[] {
  return useLiveDb(
    async ({ db, queuedReports }) => {
      const queued = await queuedReports(db);
      if (queued.size === 0) return [];
      const reports = await db.reports.bulkGet([...queued.keys()]);
      return reports.filter((report): report is StoredReport => Boolean(report && !report.deliveredAt && escalates(report.urgency)));
    },
    [],
    [],
  );
}

/**
 * Says loudly, on every volunteer screen, that an urgent report is not delivered after the site's
 * deadline, and leads to the radio/runner fallback. Appears when the deadline passes, without a
 * reload; disappears when the report is delivered.
 */
export function EscalationBanner() {
  const reports = useUndeliveredUrgentReports();
  const setting = useSiteSetting('escalateAfterMinutes', DEFAULT_ESCALATE_AFTER_MINUTES);
  if (reports.length === 0 || setting === undefined) return null;
  const minutes = setting > 0 ? setting : DEFAULT_ESCALATE_AFTER_MINUTES;
  return <EscalationWatch reports={reports} minutes={minutes} />;
}

/** Ticks every second only while an urgent report waits: the deadline may pass any moment. */
function EscalationWatch({ reports, minutes }: { reports: StoredReport[]; minutes: number }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const [muted, setMuted] = useState<string[]>([]);
  const escalated = reports.filter((report) => isEscalated(report, report.deliveredAt, now, minutes)).sort(compareReportPriority);
  const ids = escalated.map((report) => report.id).join(' ');
  const silent = escalated.every((report) => muted.includes(report.id));

  useEffect(() => {
    if (!ids || silent) return;
    const sound = () => void playAlarm('critical');
    sound();
    const timer = setInterval(sound, REPEAT_ALARM_MS);
    // After a reload the page may not make sound until someone taps it: the next tap unlocks it.
    const unlock = (event: PointerEvent) => {
      // Not when the tap is on the banner itself (it may be "sound off").
      const onBanner = event.target instanceof Element && event.target.closest('.banner-escalation');
      void unlockSound().then((on) => {
        if (on && !onBanner) sound();
      });
    };
    window.addEventListener('pointerdown', unlock, { once: true });
    return () => {
      clearInterval(timer);
      window.removeEventListener('pointerdown', unlock);
    };
  }, [ids, silent]);

  if (escalated.length === 0) return null;
  return (
    <div className="banner banner-escalation" role="alert" data-testid="escalation-banner" data-count={escalated.length}>
      <strong className="escalation-title">
        <span className="alarm-mark" aria-hidden="true" />
        {t('volunteer.escalation.title')}
      </strong>
      <span>
        {t('volunteer.escalation.text', { count: escalated.length, minutes: formatMinutes(minutes) })} {t('volunteer.escalation.action')}
      </span>
      <Link href={reportPath(escalated[0].id)} className="button button-danger-inverse" data-testid="escalation-open">
        {t('volunteer.escalation.open')}
      </Link>
      {silent ? null : (
        <button type="button" className="button" onClick={() => setMuted(escalated.map((report) => report.id))}>
          {t('volunteer.escalation.mute')}
        </button>
      )}
    </div>
  );
}

/** 5 → "5", 0.05 → "0,05"-ish: a test deadline still reads as a number. */
function formatMinutes(minutes: number): string {
  return String(Math.round(minutes * 100) / 100);
}
