import { useTranslation } from '../../i18n/useTranslation';
import { CivilProtectionSign } from '../../app/CivilProtectionSign';
import { LanguageToggle } from '../../app/LanguageToggle';
import { Link } from '../../app/Link';
import { navigate } from '../../app/router';
import { apiPost } from './api';
import { SoundToggle } from './SoundToggle';
import { useDashboard } from './store';

export const DASHBOARD_SCREENS = [
  { path: '/cp', key: 'inbox' },
  { path: '/cp/points', key: 'points' },
  { path: '/cp/bulletins', key: 'bulletins' },
  { path: '/cp/supply', key: 'supply' },
  { path: '/cp/signals', key: 'feeds' },
  { path: '/cp/relay', key: 'relay' },
  { path: '/cp/evaluation', key: 'evaluation' },
  { path: '/cp/admin', key: 'admin', adminOnly: true },
] as const;

/** Title, the screens (admin only for admins), the waiting-report count, sound, language, sign-out. */
export function DashboardHeader({ path }: { path: string }) {
  const { t } = useTranslation();
  const user = useDashboard((state) => state.user);
  const waiting = useDashboard((state) => state.unacknowledged);
  if (!user) return null;

  async function logout() {
    await apiPost<void>('/auth/logout', {}).catch(() => undefined);
    useDashboard.getState().signedOut(false);
    navigate('/cp');
  }

  return (
    <header className="cp-header">
      <div className="cp-header-top">
        <Link href="/cp" className="brand">
          <CivilProtectionSign size={32} />
          <span className="brand-name">{t('coordination.title')}</span>
        </Link>
        <div className="cp-header-tools">
          <SoundToggle />
          <LanguageToggle />
          <span className="cp-user" data-testid="cp-user" data-role={user.role}>
            {t('coordination.session.signedInAs', { name: user.name, role: t(`coordination.session.roles.${user.role}`) })}
          </span>
          <button type="button" className="button" onClick={() => void logout()}>
            {t('coordination.session.logout')}
          </button>
        </div>
      </div>
      <nav className="cp-nav" aria-label={t('coordination.nav.label')}>
        {DASHBOARD_SCREENS.filter((screen) => !('adminOnly' in screen) || user.role === 'admin').map((screen) => (
          <Link
            key={screen.path}
            href={screen.path}
            className={`cp-nav-link${path === screen.path ? ' is-active' : ''}`}
            aria-current={path === screen.path ? 'page' : undefined}
            data-testid={`cp-nav-${screen.key}`}
          >
            {t(`coordination.nav.${screen.key}`)}
            {screen.key === 'inbox' && waiting > 0 ? (
              <span className="cp-count" data-testid="cp-waiting-count">
                {waiting}
              </span>
            ) : null}
          </Link>
        ))}
      </nav>
    </header>
  );
}
