/**
 * Screen state of the dashboard (zustand, nothing persisted): who is signed in, whether the
 * server answers, the pulse cursor that tells screens to refetch, and the alarms. The reports,
 * points, ... themselves are fetched by the screens and never kept here.
 */
import { create } from 'zustand';
import type { CoordinatorUserView, PulseResponse } from '../../domain/coordinatorApi';
import type { SoundState } from '../common/alarm';

export interface ReportAlert {
  id: string;
  siteName: string;
  urgency: PulseResponse['newReports'][number]['urgency'];
  at: number;
}

interface DashboardState {
  user: CoordinatorUserView | null;
  /** The first session check finished (until then the screen shows nothing, not the login). */
  sessionChecked: boolean;
  sessionExpired: boolean;
  reachable: boolean;
  lastContactAt: number | null;
  /** From the pulse; screens refetch when it changes. */
  cursor: number | null;
  unacknowledged: number;
  oldestUnacknowledgedLifeThreatening: string | null;
  alerts: ReportAlert[];
  sound: SoundState;
  /** How many alarms sounded: shown as data for tests, and a sign the sound works. */
  alarmsPlayed: number;
  signedIn: (user: CoordinatorUserView) => void;
  signedOut: (expired: boolean) => void;
}

export const useDashboard = create<DashboardState>()((set) => ({
  user: null,
  sessionChecked: false,
  sessionExpired: false,
  reachable: true,
  lastContactAt: null,
  cursor: null,
  unacknowledged: 0,
  oldestUnacknowledgedLifeThreatening: null,
  alerts: [],
  sound: 'locked',
  alarmsPlayed: 0,
  signedIn: (user) => set({ user, sessionChecked: true, sessionExpired: false }),
  signedOut: (expired) => set({ user: null, sessionChecked: true, sessionExpired: expired, cursor: null, alerts: [], unacknowledged: 0 }),
}));
