import { useTranslation } from '../../i18n/useTranslation';
import { useSession, type Theme } from '../../state/session';
import { navigate } from '../../app/router';
import { InstallHint } from './InstallHint';
import { StorageStatus } from './StorageStatus';
import { SyncStatusCard } from '../sync/SyncStatusCard';

const THEMES: Theme[] = ['system', 'light', 'dark'];
const THEME_LABEL = { system: 'settings.themeSystem', light: 'settings.themeLight', dark: 'settings.themeDark' } as const;

export function SettingsScreen() {
  const { t } = useTranslation();
  const { site, theme, setTheme, setRole } = useSession();
  return (
    <section className="panel">
      <h1>{t('settings.title')}</h1>
      {site ? (
        <section className="card">
          <h2>{t('settings.site')}</h2>
          <p className="site-line">
            <strong>{site.name}</strong> · {site.municipality}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              // Forget the role first: `/` sends a tablet with a role straight back to its screen.
              setRole(null);
              navigate('/');
            }}
          >
            {t('nav.switchRole')}
          </button>
        </section>
      ) : null}
      <section className="card">
        <h2>{t('settings.theme')}</h2>
        <div className="segmented" role="group" aria-label={t('settings.theme')}>
          {THEMES.map((option) => (
            <button
              key={option}
              type="button"
              className={option === theme ? 'button button-toggle is-active' : 'button button-toggle'}
              aria-pressed={option === theme}
              onClick={() => setTheme(option)}
            >
              {t(THEME_LABEL[option])}
            </button>
          ))}
        </div>
      </section>
      <SyncStatusCard />
      <StorageStatus />
      <InstallHint />
      <p className="muted">{t('settings.version', { version: __APP_VERSION__ })}</p>
    </section>
  );
}
