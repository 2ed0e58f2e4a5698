/**
 * The site lead's screen with its tabs, each under its own deep link (/lead/stock,
 * /lead/roster, /lead/info, /lead/sitrep, /lead/sync, /lead/settings). Tabs load lazily; their chunks are
 * in the install-time precache, so every deep link opens offline.
 */
import { Suspense } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { lazyScreen, type LazyScreen } from '../../app/lazyScreen';
import { Link } from '../../app/Link';
import { usePath } from '../../app/router';
import { SitrepReminder } from '../sitrep/SitrepReminder';
import './texts';
import './lead.css';

const StockScreen = lazyScreen(() => import('../stock/StockScreen'));
const HandOutPage = lazyScreen(() => import('../stock/HandOutPage'));
const ItemDetail = lazyScreen(() => import('../stock/ItemDetail'));
const NewItemPage = lazyScreen(() => import('../stock/ItemForm'));
const SupplyRequestDraft = lazyScreen(() => import('../stock/SupplyRequestDraft'));
const RosterScreen = lazyScreen(() => import('../roster/RosterScreen'));
const InfoEditorScreen = lazyScreen(() => import('../info/InfoEditorScreen'));
const SitrepScreen = lazyScreen(() => import('../sitrep/SitrepScreen'));
const SyncTab = lazyScreen(() => import('./SyncTab'));
const LeadSettings = lazyScreen(() => import('./LeadSettings'));
const EvaluationScreen = lazyScreen(() => import('../evaluation/EvaluationScreen'));

const TABS = ['stock', 'roster', 'info', 'sitrep', 'evaluation', 'sync', 'settings'] as const;
type Tab = (typeof TABS)[number];

function tabOf(path: string): Tab {
  const segment = path.split('/')[2] as Tab | undefined;
  return segment && TABS.includes(segment) ? segment : 'stock';
}

type TabScreen = { Screen: LazyScreen<object>; itemId?: undefined } | { Screen: typeof ItemDetail; itemId: string };

/** The screen of a /lead path; the stock tab has pages of its own. */
function screenOf(path: string): TabScreen {
  const [, , page, itemId] = path.split('/').filter(Boolean); // ['lead', 'stock', 'item', '<id>']
  switch (tabOf(path)) {
    case 'roster':
      return { Screen: RosterScreen };
    case 'info':
      return { Screen: InfoEditorScreen };
    case 'sitrep':
      return { Screen: SitrepScreen };
    case 'evaluation':
      return { Screen: EvaluationScreen };
    case 'sync':
      return { Screen: SyncTab };
    case 'settings':
      return { Screen: LeadSettings };
    default:
      if (page === 'handout') return { Screen: HandOutPage };
      if (page === 'new') return { Screen: NewItemPage };
      if (page === 'request') return { Screen: SupplyRequestDraft };
      if (page === 'item' && itemId) return { Screen: ItemDetail, itemId };
      return { Screen: StockScreen };
  }
}

/** Loads the tab of a /lead path, so that a cold start on it renders without a fallback. */
export function preloadLeadTab(path: string): Promise<void> {
  return screenOf(path).Screen.preload();
}

function TabContent({ path }: { path: string }) {
  const screen = screenOf(path);
  if (screen.itemId !== undefined) return <ItemDetail itemId={screen.itemId} />;
  const { Screen } = screen;
  return <Screen />;
}

export default function LeadScreen() {
  const { t } = useTranslation();
  const path = usePath();
  const active = tabOf(path);
  return (
    <section className="panel lead">
      <h1 className="visually-hidden">{t('lead.title')}</h1>
      <nav className="lead-tabs" aria-label={t('lead.title')}>
        {TABS.map((tab) => (
          <Link key={tab} href={`/lead/${tab}`} className={tab === active ? 'lead-tab is-active' : 'lead-tab'} aria-current={tab === active ? 'page' : undefined} data-tab={tab}>
            {t(`lead.tabs.${tab}`)}
          </Link>
        ))}
      </nav>
      <SitrepReminder />
      <Suspense fallback={<p className="loading">…</p>}>
        <TabContent path={path} />
      </Suspense>
    </section>
  );
}
