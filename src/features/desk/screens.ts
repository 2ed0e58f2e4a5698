/**
 * The desk's screens, each its own chunk (route-level code splitting): the first load holds only
 * the shell. The same loader serves React.lazy and the prefetch of the emergency form, so the
 * form opens at once when the red button is tapped.
 */
import { lazy } from 'react';

export const loadNewReportScreen = () => import('../reports/NewReportScreen');

export const RegisterScreen = lazy(() => import('../visitors/DeskScreen'));
export const ReportsScreen = lazy(() => import('../reports/ReportsScreen'));
export const NewReportScreen = lazy(loadNewReportScreen);
export const ReportScreen = lazy(() => import('../reports/ReportScreen'));
export const SignalsScreen = lazy(() => import('../signals/SignalsScreen'));
export const HelpersScreen = lazy(() => import('../helpers/HelpersScreen'));
