/**
 * What runs while the dashboard is open, whichever screen shows: the session check, the
 * reachability and sign-out listeners, the pulse every few seconds (new reports sound the
 * alarm and raise an alert), the repeated alarm while a life-threatening report waits too long,
 * the page title with the number of waiting reports, and unlocking sound on the first gesture.
 */
import { useEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { PulseResponse, SessionResponse } from '../../domain/coordinatorApi';
import { ESCALATE_UNACKNOWLEDGED_MS } from '../../domain/coordinatorInbox';
import { playAlarm, soundSupported, unlockSound } from '../common/alarm';
import { apiGet, onReachability, onUnauthorized, type DashboardApiError } from './api';
import { useDashboard } from './store';

const PULSE_MS = 3000;
const SESSION_RETRY_MS = 5000;
const ESCALATION_REPEAT_MS = 30_000;

function soundAlarm(kind: 'critical' | 'normal'): void {
  const { sound } = useDashboard.getState();
  if (sound !== 'on') return;
  if (playAlarm(kind)) useDashboard.setState((state) => ({ alarmsPlayed: state.alarmsPlayed + 1 }));
}

function useSessionCheck(): void {
  const checked = useDashboard((state) => state.sessionChecked);
  useEffect(() => {
    if (checked) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const check = () => {
      apiGet<SessionResponse>('/auth/session').then(
        (session) => useDashboard.getState().signedIn(session.user),
        (error: DashboardApiError) => {
          if (stopped) return;
          if (error.kind === 'unauthorized') useDashboard.getState().signedOut(false);
          else timer = setTimeout(check, SESSION_RETRY_MS);
        },
      );
    };
    check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [checked]);
}

function useServerListeners(): void {
  useEffect(() => {
    const stopReach = onReachability((reachable) =>
      useDashboard.setState(reachable ? { reachable, lastContactAt: Date.now() } : { reachable }),
    );
    const stopAuth = onUnauthorized(() => {
      if (useDashboard.getState().user) useDashboard.getState().signedOut(true);
    });
    return () => {
      stopReach();
      stopAuth();
    };
  }, []);
}

function usePulse(): void {
  const userId = useDashboard((state) => state.user?.id);
  useEffect(() => {
    if (!userId) return;
    let stopped = false;
    let cursor: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const pulse = await apiGet<PulseResponse>(`/pulse?after=${cursor ?? 0}`);
        if (stopped) return;
        // The first pulse only sets the cursor: what was there before the page opened is not news.
        if (cursor !== null && pulse.newReports.length > 0) {
          const at = Date.now();
          useDashboard.setState((state) => ({
            alerts: [...pulse.newReports.map((report) => ({ ...report, at })), ...state.alerts.filter((alert) => !pulse.newReports.some((r) => r.id === alert.id))],
          }));
          soundAlarm(pulse.newReports.some((report) => report.urgency === 'lifeThreatening') ? 'critical' : 'normal');
        }
        cursor = pulse.cursor;
        useDashboard.setState({
          cursor: pulse.cursor,
          unacknowledged: pulse.unacknowledged,
          oldestUnacknowledgedLifeThreatening: pulse.oldestUnacknowledgedLifeThreatening,
        });
      } catch {
        // Reachability and sign-out are handled by the listeners; the next tick tries again.
      } finally {
        if (!stopped) timer = setTimeout(() => void tick(), PULSE_MS);
      }
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [userId]);
}

function useEscalationAlarm(): void {
  const since = useDashboard((state) => state.oldestUnacknowledgedLifeThreatening);
  useEffect(() => {
    if (!since) return;
    const check = () => {
      if (Date.now() - Date.parse(since) > ESCALATE_UNACKNOWLEDGED_MS) soundAlarm('critical');
    };
    const first = setTimeout(check, Math.max(0, Date.parse(since) + ESCALATE_UNACKNOWLEDGED_MS + 1000 - Date.now()));
    const repeat = setInterval(check, ESCALATION_REPEAT_MS);
    return () => {
      clearTimeout(first);
      clearInterval(repeat);
    };
  }, [since]);
}

function useSoundUnlock(): void {
  useEffect(() => {
    if (!soundSupported()) {
      useDashboard.setState({ sound: 'unsupported' });
      return;
    }
    const unlock = () => {
      void unlockSound().then((running) => {
        if (running && useDashboard.getState().sound === 'locked') useDashboard.setState({ sound: 'on' });
      });
    };
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
  }, []);
}

function useTitle(): void {
  const { t } = useTranslation();
  const waiting = useDashboard((state) => state.unacknowledged);
  useEffect(() => {
    const base = t('coordination.title');
    document.title = waiting > 0 ? `(${waiting}) ${base}` : base;
  }, [t, waiting]);
}

export function useDashboardRuntime(): void {
  useServerListeners();
  useSessionCheck();
  usePulse();
  useEscalationAlarm();
  useSoundUnlock();
  useTitle();
}
