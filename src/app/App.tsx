import { Suspense, useEffect } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { DeskRoutes } from '../features/desk/DeskRoutes';
import { DESK_PATHS, isDeskPath } from '../features/desk/deskPaths';
import { preloadDeskScreen } from '../features/desk/screens';
import { EscalationBanner } from '../features/reports/EscalationBanner';
import { useSession, type SessionState } from '../state/session';
import { useInactivityLock } from '../features/lock/useInactivityLock';
import { ROLE_HOME } from './routes';
import { ScreenShown } from './firstScreen';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { lazyScreen } from './lazyScreen';
import { Header } from './Header';
import { navigate, usePath } from './router';
import { UpdateBanner } from './UpdateBanner';

// Route-level code splitting: the kiosk and the site lead screens load only when opened
// (the desk's screens split the same way, src/features/desk/screens.ts, but for its
// registration form, which is in the first load).
// All chunks are still in the install-time precache, so they open offline.
const KioskScreen = lazyScreen(() => import('../features/info/KioskScreen'));
const LockScreen = lazyScreen(() => import('../features/lock/LockScreen'));
const LeadScreen = lazyScreen(() => import('../features/lead/LeadScreen'));
// First run, role choice and settings are opened rarely: they load on demand too.
const SetupScreen = lazyScreen(() => import('../features/setup/SetupScreen').then((module) => ({ default: module.SetupScreen })));
const RolePicker = lazyScreen(() => import('../features/setup/RolePicker').then((module) => ({ default: module.RolePicker })));
const SettingsScreen = lazyScreen(() => import('../features/settings/SettingsScreen').then((module) => ({ default: module.SettingsScreen })));
// The coordinator dashboard (coordination point only): its own chunk, outside the tablet shell.
const CoordinationApp = lazyScreen(() => import('../features/coordination/CoordinationApp'));

const isLeadPath = (path: string) => path === '/lead' || path.startsWith('/lead/');

/**
 * Loads the screen that `path` shows first (as App below picks it), so that the entry can
 * render once it is there and the screen mounts without a Suspense fallback.
 */
export function preloadFirstScreen(path: string, session: Pick<SessionState, 'site' | 'role'>): Promise<void> {
  if (path === '/cp' || path.startsWith('/cp/')) return CoordinationApp.preload();
  if (!session.site) return SetupScreen.preload();
  const shown = shownPath(path, session.site, session.role);
  if (shown === '/kiosk') return KioskScreen.preload();
  if (isDeskPath(shown)) return preloadDeskScreen(shown);
  if (isLeadPath(shown)) return LeadScreen.preload().then(() => import('../features/lead/LeadScreen')).then((module) => module.preloadLeadTab(shown));
  return shown === '/settings' ? SettingsScreen.preload() : RolePicker.preload();
}

/** '/' on a set-up tablet with a role is that role's home: shown at once, the address follows. */
function shownPath(path: string, site: SessionState['site'], role: SessionState['role']): string {
  return site && path === '/' && role ? ROLE_HOME[role] : path;
}

function useDocumentSettings() {
  const { i18n } = useTranslation();
  const language = useSession((state) => state.language);
  const theme = useSession((state) => state.theme);
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

export function App() {
  useDocumentSettings();
  const address = usePath();
  const site = useSession((state) => state.site);
  const role = useSession((state) => state.role);
  const path = shownPath(address, site, role);

  useEffect(() => {
    if (path !== address) navigate(path, { replace: true });
  }, [path, address]);

  if (path === '/cp' || path.startsWith('/cp/')) {
    return (
      <Suspense fallback={<p className="loading">…</p>}>
        <CoordinationApp path={path} />
        <ScreenShown />
      </Suspense>
    );
  }
  if (!site) {
    return (
      <Shell>
        <Suspense fallback={<p className="loading">…</p>}>
          <SetupScreen />
          <ScreenShown />
        </Suspense>
      </Shell>
    );
  }
  if (path === '/kiosk') {
    return (
      <Suspense fallback={null}>
        <UpdateBanner />
        <KioskScreen />
      </Suspense>
    );
  }
  return (
    <Shell>
      <Suspense fallback={<p className="loading">…</p>}>
        <Route path={path} />
      </Suspense>
    </Shell>
  );
}

function Route({ path }: { path: string }) {
  // The desk says itself when its screen is up (its screens load inside it).
  if (isDeskPath(path)) return <DeskRoutes path={path} />;
  return (
    <>
      <OtherRoute path={path} />
      <ScreenShown />
    </>
  );
}

function OtherRoute({ path }: { path: string }) {
  if (isLeadPath(path)) return <LeadScreen />; // its tabs: /lead/stock, /lead/roster, …
  return path === '/settings' ? <SettingsScreen /> : <RolePicker />;
}

function Shell({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  const site = useSession((state) => state.site);
  const path = usePath();
  const lockedMinutes = useInactivityLock();
  return (
    <div className="shell">
      {/* An emergency report can always be made, locked or not. */}
      {lockedMinutes !== undefined && !path.startsWith(DESK_PATHS.newReport) ? (
        <Suspense fallback={null}>
          <LockScreen minutes={lockedMinutes} />
        </Suspense>
      ) : null}
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="shell-top">
        <Header />
        {site ? <EscalationBanner /> : null}
      </div>
      <UpdateBanner />
      <main id="main" className="main">
        <ScreenErrorBoundary resetKey={path}>{children}</ScreenErrorBoundary>
      </main>
    </div>
  );
}
