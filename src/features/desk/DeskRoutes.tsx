import { Suspense } from 'react';
import { ScreenShown } from '../../app/firstScreen';
import { DeskNav } from './DeskNav';
import { deskView } from './deskPaths';
import { HelpersScreen, NewReportScreen, RegisterScreen, ReportScreen, ReportsScreen, SignalsScreen } from './screens';
import './desk.css';

/** The volunteer's desk: tabs, and the screen of the current /desk route (lazily loaded). */
export function DeskRoutes({ path }: { path: string }) {
  const route = deskView(path);
  // The emergency form is full-screen: nothing to tap by mistake while a life may depend on it.
  if (route.view === 'newReport') {
    return (
      <Suspense fallback={<p className="loading">…</p>}>
        <NewReportScreen />
        <ScreenShown />
      </Suspense>
    );
  }
  return (
    <>
      <DeskNav view={route.view} />
      <Suspense fallback={<p className="loading">…</p>}>
        {route.view === 'register' ? <RegisterScreen /> : null}
        {route.view === 'reports' ? <ReportsScreen /> : null}
        {route.view === 'report' ? <ReportScreen id={route.id} /> : null}
        {route.view === 'signals' ? <SignalsScreen /> : null}
        {route.view === 'helpers' ? <HelpersScreen /> : null}
        <ScreenShown />
      </Suspense>
    </>
  );
}
