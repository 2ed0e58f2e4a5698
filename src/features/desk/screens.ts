/**
 * The desk's screens. The registration form is the first screen of most starts (the volunteer's
 * home), so it is in the first load: as its own chunk it loaded after the app's modules had
 * run, one step later, and cold starts of the desk were 12 % slower (A/B in BENCHMARKS.md).
 * The others are each their own chunk (route-level code splitting); the same loader serves
 * the screen and the prefetch of the emergency form, so the form opens at once when the red
 * button is tapped.
 */
import { eagerScreen, lazyScreen } from '../../app/lazyScreen';
import DeskScreen from '../visitors/DeskScreen';
import { deskView } from './deskPaths';

export const loadNewReportScreen = () => import('../reports/NewReportScreen');

export const RegisterScreen = eagerScreen(DeskScreen);
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
