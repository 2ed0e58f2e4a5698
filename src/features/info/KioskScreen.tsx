// Registers this area's texts before its screens render (src/i18n/texts.ts).
import './texts';
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { CivilProtectionSign } from '../../app/CivilProtectionSign';
import { whenIdle } from '../../app/idle';
import { navigate } from '../../app/router';
import type { InfoCard } from '../../domain';
import { displayDurationMs, displayOrder, isCurrent } from '../../domain/infoCards';
import { useSession } from '../../state/session';
import { useNow } from '../common/useNow';
import { KioskCard } from './kiosk/KioskCard';
import { useKioskCards } from './kiosk/cardSource';
import { useChromeAfterCard } from './kiosk/keptChrome';
import { DEFAULT_MODE, chromeLanguages, languagesFor, type KioskMode } from './kiosk/modes';
import { dropKioskSnapshot, keepKioskSnapshot } from './kiosk/snapshot';
import { useKioskLock } from './kiosk/useKioskLock';
import { amsterdamClock, amsterdamDay } from './time';
import { useStarterCards } from './useStarterCards';
import { useWakeLock } from './useWakeLock';
import './kiosk/kiosk.css';

// Opened rarely, and it needs the database (the PIN setting): its own chunk.
const KioskExitDialog = lazy(() => import('./kiosk/KioskExitDialog').then((module) => ({ default: module.KioskExitDialog })));

/** Leaving inside the app: its router shows the role choice. */
const goToRoleChoice = () => navigate('/');

/** After this long without a tap, a resident's choice (language, pause) is undone for the next reader. */
const IDLE_RESET_MS = 3 * 60_000;

/**
 * The public info screen on a tablet facing residents. Privacy by construction: it reads
 * the info cards and (in the exit dialog) the PIN setting, nothing else; no visitor, report
 * or volunteer record is ever queried here. Rendered by the lean kiosk entry (src/kiosk.tsx)
 * and, when the role is chosen inside the app, by the app itself.
 */
export default function KioskScreen({
  onLeave = goToRoleChoice,
  initialCards,
  initialCardsKept = false,
  keepSnapshot = false,
}: {
  onLeave?: () => void;
  /** The cards, when the entry has them before the first render (read, or kept: the next prop). */
  initialCards?: InfoCard[];
  /** `initialCards` is the copy kept by the last start (kiosk/keptCards.ts): the database's answer replaces it. */
  initialCardsKept?: boolean;
  /** Keep the first card's screen for the next start (the lean kiosk page; see kiosk/snapshot.ts). */
  keepSnapshot?: boolean;
}) {
  const { t } = useTranslation();
  const site = useSession((state) => state.site);
  const setRole = useSession((state) => state.setRole);
  const now = useNow(15_000);
  // Each read is kept for the next start of the lean kiosk page, which draws it at once.
  const all = useKioskCards(initialCards, { provisional: initialCardsKept, keepFor: site?.id });
  const screenRef = useRef<HTMLDivElement>(null);
  const cards = useMemo(() => (all ? displayOrder(all.filter((card) => isCurrent(card, now))) : undefined), [all, now]);
  const [mode, setMode] = useState<KioskMode>(DEFAULT_MODE);
  const [currentId, setCurrentId] = useState<string>();
  const [paused, setPaused] = useState(false);
  const [exiting, setExiting] = useState(false);
  const [taps, setTaps] = useState(0);

  // The header and footer come a frame after the first card when their heights are kept from an
  // earlier start: the first frame has the card in the box it keeps, and empty bars of the right
  // height around it; residents can read it sooner (BENCHMARKS.md section 1). Without kept
  // heights, all comes in one frame.
  const { later: chromeLater, topRef, bottomRef, topStyle, bottomStyle } = useChromeAfterCard(mode === DEFAULT_MODE);

  useWakeLock();
  useKioskLock('/kiosk');
  useStarterCards(all);

  const index = cards ? Math.max(0, cards.findIndex((card) => card.id === currentId)) : 0;
  const card = cards?.[index];
  const nextId = cards && cards.length > 1 ? cards[(index + 1) % cards.length].id : undefined;
  const previousId = cards && cards.length > 1 ? cards[(index - 1 + cards.length) % cards.length].id : undefined;
  const hasEnglish = Boolean(cards?.some((each) => each.en?.title.trim()));

  // Each card stays long enough to read in the languages shown; a tap starts its time again.
  useEffect(() => {
    if (!card || !nextId || paused || exiting) return;
    const timer = setTimeout(() => setCurrentId(nextId), displayDurationMs(card, languagesFor(mode, card)));
    return () => clearTimeout(timer);
  }, [card, nextId, mode, paused, exiting, taps]);

  useEffect(() => {
    if (mode === DEFAULT_MODE && !paused) return;
    const timer = setTimeout(() => {
      setMode(DEFAULT_MODE);
      setPaused(false);
    }, IDLE_RESET_MS);
    return () => clearTimeout(timer);
  }, [mode, paused, taps]);

  // The rotation's first card in the default languages is what the next start shows at once.
  const snapshotKey =
    keepSnapshot && site && card && index === 0 && mode === DEFAULT_MODE && !paused && !exiting && !chromeLater
      ? `${site.id} ${card.id} ${card.updatedAt} ${cards.length} ${amsterdamDay(now)}`
      : undefined;
  useEffect(() => {
    if (!snapshotKey || !site) return;
    // When the page is idle: after the card's text is fitted (a child's layout effect), so the
    // copy has the fitted size, and not in the breath of the first screen (copying and
    // serializing the screen is work its first paint would wait for).
    let current = true;
    whenIdle(() => {
      if (current && screenRef.current) keepKioskSnapshot(screenRef.current, site.id);
    });
    return () => {
      current = false;
    };
  }, [snapshotKey, site]);

  const cancelExit = useCallback(() => setExiting(false), []);
  const leave = useCallback(() => {
    dropKioskSnapshot();
    setRole(null);
    onLeave();
  }, [setRole, onLeave]);

  const chrome = chromeLanguages(mode);
  const bilingualLabel = (key: string) => chrome.map((lng) => t(key, { lng })).join(' / ');
  const both = (key: string, options: Record<string, unknown> = {}) =>
    chrome.map((lng) => (
      <span key={lng} lang={lng}>
        {t(key, { ...options, lng })}
      </span>
    ));

  return (
    <div ref={screenRef} className="kiosk-screen" data-testid="kiosk" data-mode={mode} onPointerDown={() => setTaps((count) => count + 1)}>
      <header ref={topRef} className="kiosk-top" inert={exiting} style={topStyle}>
        {chromeLater ? null : (
          <>
            <CivilProtectionSign size={76} />
            <div className="kiosk-site">
              <h1>{site?.name ?? t('app.name')}</h1>
              <p className="kiosk-point-label">{both('info.kiosk.pointLabel')}</p>
            </div>
            <p className="kiosk-help">{both('info.kiosk.askDesk')}</p>
            <p className="kiosk-clock">{amsterdamClock(now, 'nl')}</p>
            <button type="button" className="kiosk-exit" aria-label={t('info.kiosk.exit')} data-testid="kiosk-exit" onClick={() => setExiting(true)}>
              <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
                <path fill="currentColor" d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5Zm-3 8V7a3 3 0 1 1 6 0v3H9Z" />
              </svg>
            </button>
          </>
        )}
      </header>

      <main className="kiosk-main" inert={exiting}>
        {card ? (
          <KioskCard card={card} languages={languagesFor(mode, card)} now={now} />
        ) : cards ? (
          <p className="kiosk-empty">{both('info.kiosk.noCards')}</p>
        ) : null}
      </main>

      <footer ref={bottomRef} className="kiosk-bottom" inert={exiting} style={bottomStyle}>
        {chromeLater ? null : (
          <>
            <div className="kiosk-nav">
              <button type="button" className="kiosk-button kiosk-icon-button" aria-label={bilingualLabel('info.kiosk.previous')} disabled={!previousId} onClick={() => setCurrentId(previousId)}>
                <Icon path="M15.5 4 7 12l8.5 8 1.5-1.5L10 12l7-6.5z" />
              </button>
              <button type="button" className="kiosk-button kiosk-icon-button" aria-label={bilingualLabel(paused ? 'info.kiosk.resume' : 'info.kiosk.pause')} disabled={!nextId} onClick={() => setPaused((value) => !value)} data-testid="kiosk-pause">
                <Icon path={paused ? 'M8 5v14l11-7z' : 'M7 5h4v14H7zm6 0h4v14h-4z'} />
              </button>
              <button type="button" className="kiosk-button kiosk-icon-button" aria-label={bilingualLabel('info.kiosk.next')} disabled={!nextId} onClick={() => setCurrentId(nextId)}>
                <Icon path="M8.5 4 17 12l-8.5 8L7 18.5 14 12 7 5.5z" />
              </button>
              {cards && cards.length > 0 ? (
                <p className="kiosk-position" data-testid="kiosk-position">
                  {index + 1} / {cards.length}
                  <span className="visually-hidden">{t('info.kiosk.position', { index: index + 1, count: cards.length })}</span>
                </p>
              ) : null}
            </div>
            <div className="kiosk-languages" role="group" aria-label={`${t('info.kiosk.languageChoice', { lng: 'nl' })} / ${t('info.kiosk.languageChoice', { lng: 'de' })}`}>
              <LanguageButton mode="nl" current={mode} onSelect={setMode}>
                {t('language.nl')}
              </LanguageButton>
              <LanguageButton mode="de" current={mode} onSelect={setMode}>
                {t('language.de')}
              </LanguageButton>
              <LanguageButton mode="both" current={mode} onSelect={setMode} label={`NL + DE: ${t('info.kiosk.both', { lng: 'nl' })} / ${t('info.kiosk.both', { lng: 'de' })}`}>
                NL + DE
              </LanguageButton>
              {hasEnglish ? (
                <LanguageButton mode="en" current={mode} onSelect={setMode}>
                  {t('language.en')}
                </LanguageButton>
              ) : null}
            </div>
          </>
        )}
      </footer>

      {exiting && site ? (
        <Suspense fallback={null}>
          <KioskExitDialog siteId={site.id} onCancel={cancelExit} onLeave={leave} />
        </Suspense>
      ) : null}
    </div>
  );
}

function Icon({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 24 24" width="1.6em" height="1.6em" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={path} />
    </svg>
  );
}

function LanguageButton({
  mode,
  current,
  onSelect,
  label,
  children,
}: {
  mode: KioskMode;
  current: KioskMode;
  onSelect: (mode: KioskMode) => void;
  label?: string;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      lang={mode === 'both' ? undefined : mode}
      className={`kiosk-button kiosk-language ${mode === current ? 'is-active' : ''}`}
      aria-pressed={mode === current}
      aria-label={label}
      data-mode={mode}
      onClick={() => onSelect(mode)}
    >
      {children}
    </button>
  );
}
