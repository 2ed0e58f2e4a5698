/**
 * The site lead's screen with its tabs, each under its own deep link (/lead/stock,
 * /lead/roster, /lead/info, /lead/sitrep, /lead/sync, /lead/settings). Tabs load lazily; their chunks are
 * in the install-time precache, so every deep link opens offline.
 */
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../app/Link';
import { usePath } from '../../app/router';
import { SitrepReminder } from '../sitrep/SitrepReminder';
import './texts';
import './lead.css';

const StockScreen = lazy(() => import('../stock/StockScreen'));
const HandOutPage = lazy(() => import('../stock/HandOutPage'));
const ItemDetail = lazy(() => import('../stock/ItemDetail'));
const NewItemPage = lazy(() => import('../stock/ItemForm'));
const SupplyRequestDraft = lazy(() => import('../stock/SupplyRequestDraft'));
const RosterScreen = lazy(() => import('../roster/RosterScreen'));
const InfoEditorScreen = lazy(() => import('../info/InfoEditorScreen'));
const SitrepScreen = lazy(() => import('../sitrep/SitrepScreen'));
const SyncTab = lazy(() => import('./SyncTab'));
const LeadSettings = lazy(() => import('./LeadSettings'));
const EvaluationScreen = lazy(() => import('../evaluation/EvaluationScreen'));

const TABS = ['stock', 'roster', 'info', 'sitrep', 'evaluation', 'sync', 'settings'] as const;
type Tab = (typeof TABS)[number];

function tabOf(path: string): Tab {
  const segment = path.split('/')[2] as Tab | undefined;
  return segment && TABS.includes(segment) ? segment : 'stock';
}

function TabContent({ path }: { path: string }) {
  const parts = path.split('/').filter(Boolean); // ['lead', 'stock', 'item', '<id>']
  switch (tabOf(path)) {
    case 'roster':
      return <RosterScreen />;
    case 'info':
      return <InfoEditorScreen />;
    case 'sitrep':
      return <SitrepScreen />;
    case 'evaluation':
      return <EvaluationScreen />;
    case 'sync':
      return <SyncTab />;
    case 'settings':
      return <LeadSettings />;
    default:
      if (parts[2] === 'handout') return <HandOutPage />;
      if (parts[2] === 'new') return <NewItemPage />;
      if (parts[2] === 'request') return <SupplyRequestDraft />;
      if (parts[2] === 'item' && parts[3]) return <ItemDetail itemId={parts[3]} />;
      return <StockScreen />;
  }
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
