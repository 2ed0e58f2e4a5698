/**
 * The coordinator dashboard at /cp: its own lazily loaded chunk (with its texts and styles),
 * outside the tablet shell. It needs the server, unlike the tablet screens: it says so when the
 * server does not answer, and keeps showing the last data it had.
 */
import './texts';
// Not used here, and already loaded by the tablet app: imported so the bundler groups them with
// React and i18next exactly as without the dashboard. Without these two lines the shared
// chunks split along what the dashboard uses, and the tablet's start-up JS grows (0.4 KB when
// last measured; scripts/size.mjs).
import '../../db';
import '../../domain';
// The desk's report texts name the incident kinds a report carries (`reports.incident.*`).
import '../reports/texts';
import { lazy, Suspense } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { UpdateBanner } from '../../app/UpdateBanner';
import { AdminScreen } from './AdminScreen';
import { BulletinsScreen } from './BulletinsScreen';
import { ConnectionBanner } from './ConnectionBanner';
import { DashboardHeader } from './DashboardHeader';
import { FeedsScreen } from './FeedsScreen';
import { InboxScreen } from './InboxScreen';
import { LoginScreen } from './LoginScreen';
import { PointsScreen } from './PointsScreen';
import { ReportAlerts } from './ReportAlerts';
import { SupplyScreen } from './SupplyScreen';
import { useDashboard } from './store';
import { useDashboardRuntime } from './useDashboardRuntime';
import './dashboard.css';

// Camera scanning and the QR decoder are for the rare day a point is cut off: loaded only then.
const RelayImportScreen = lazy(() => import('./RelayImportScreen'));
// With its charts, the evaluation texts and styles: loaded when the coordinator opens it.
const EvaluationScreen = lazy(() => import('./EvaluationScreen'));

function Screen({ path }: { path: string }) {
  switch (path) {
    case '/cp/points':
      return <PointsScreen />;
    case '/cp/bulletins':
      return <BulletinsScreen />;
    case '/cp/supply':
      return <SupplyScreen />;
    case '/cp/signals':
      return <FeedsScreen />;
    case '/cp/relay':
      return (
        <Suspense fallback={<p className="loading">…</p>}>
          <RelayImportScreen />
        </Suspense>
      );
    case '/cp/evaluation':
      return (
        <Suspense fallback={<p className="loading">…</p>}>
          <EvaluationScreen />
        </Suspense>
      );
    case '/cp/admin':
      return <AdminScreen />;
    default:
      return <InboxScreen />;
  }
}

export default function CoordinationApp({ path }: { path: string }) {
  const { t } = useTranslation();
  useDashboardRuntime();
  const checked = useDashboard((state) => state.sessionChecked);
  const user = useDashboard((state) => state.user);

  return (
    <div className="cp" data-testid="cp-dashboard">
      <a className="skip-link" href="#main">
        {t('coordination.skipToContent')}
      </a>
      <UpdateBanner />
      {user ? <DashboardHeader path={path} /> : null}
      <ConnectionBanner />
      {!checked ? <p className="loading">…</p> : null}
      {checked && !user ? <LoginScreen /> : null}
      {user ? (
        <>
          <ReportAlerts />
          <main id="main" className="cp-main">
            <Screen path={path} />
          </main>
        </>
      ) : null}
    </div>
  );
}
