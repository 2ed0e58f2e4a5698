import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/Link';
import { DESK_PATHS, type DeskView } from './deskPaths';

const TABS = [
  { tab: 'register', href: DESK_PATHS.register, views: ['register'] },
  { tab: 'reports', href: DESK_PATHS.reports, views: ['reports', 'report'] },
  { tab: 'signals', href: DESK_PATHS.signals, views: ['signals'] },
  { tab: 'helpers', href: DESK_PATHS.helpers, views: ['helpers'] },
] as const;

/** Tabs between the desk's screens: large, one tap, the current one marked. */
export function DeskNav({ view }: { view: DeskView['view'] }) {
  const { t } = useTranslation();
  return (
    <nav className="desk-nav" aria-label={t('volunteer.nav.label')}>
      {TABS.map(({ tab, href, views }) => {
        const current = (views as readonly string[]).includes(view);
        return (
          <Link key={tab} href={href} className={current ? 'desk-tab is-current' : 'desk-tab'} aria-current={current ? 'page' : undefined} data-tab={tab}>
            {t(`volunteer.nav.${tab}`)}
          </Link>
        );
      })}
    </nav>
  );
}
