/**
 * The desk's screens, each its own chunk (route-level code splitting): the first load holds only
 * the shell. The same loader serves the screen and the prefetch of the emergency form, so the
 * form opens at once when the red button is tapped.
 */
import { lazyScreen } from '../../app/lazyScreen';
import { deskView } from './deskPaths';

export const loadNewReportScreen = () => import('../reports/NewReportScreen');

export const RegisterScreen = lazyScreen(() => import('../visitors/DeskScreen'));
export const ReportsScreen = lazyScreen(() => import('../reports/ReportsScreen'));
export const NewReportScreen = lazyScreen(loadNewReportScreen);
export const ReportScreen = lazyScreen(() => import('../reports/ReportScreen'));
export const SignalsScreen = lazyScreen(() => import('../signals/SignalsScreen'));
export const HelpersScreen = lazyScreen(() => import('../helpers/HelpersScreen'));

const SCREENS = { register: RegisterScreen, reports: ReportsScreen, newReport: NewReportScreen, report: ReportScreen, signals: SignalsScreen, helpers: HelpersScreen };

/** Loads the screen of a /desk path, so that a cold start on it renders without a fallback. */
export function preloadDeskScreen(path: string): Promise<void> {
  return SCREENS[deskView(path).view].preload();
}
