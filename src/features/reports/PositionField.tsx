import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Position } from './reportForm';

type Lookup = 'idle' | 'locating' | 'failed';

/**
 * Optional coordinates of this tablet, asked only on a tap: the tablet stands at the point, so
 * its position helps only when the incident is here. Says plainly when there is no position.
 */
export function PositionField({ position, onChange }: { position?: Position; onChange: (position: Position | undefined) => void }) {
  const { t } = useTranslation();
  const [lookup, setLookup] = useState<Lookup>('idle');
  const supported = typeof navigator !== 'undefined' && 'geolocation' in navigator;

  if (!supported) {
    return (
      <p className="muted" data-testid="position-state" data-state="unsupported">
        {t('reports.position.unsupported')}
      </p>
    );
  }

  function locate() {
    setLookup('locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLookup('idle');
        onChange({ lat: round(coords.latitude), lon: round(coords.longitude), accuracy: Math.round(coords.accuracy) });
      },
      () => setLookup('failed'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  return (
    <div className="position-field">
      {position ? (
        <>
          <p data-testid="position-state" data-state="got">
            {t('reports.position.got', { lat: position.lat, lon: position.lon, accuracy: position.accuracy })}
          </p>
          <button type="button" className="button" onClick={() => onChange(undefined)}>
            {t('reports.position.remove')}
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button" onClick={locate} disabled={lookup === 'locating'}>
            {lookup === 'locating' ? t('reports.position.locating') : t('reports.position.add')}
          </button>
          <span className="muted">{t('reports.position.hint')}</span>
          {lookup === 'failed' ? (
            <p className="warn" role="status" data-testid="position-state" data-state="failed">
              {t('reports.position.failed')}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}

/** Five decimals is about a metre: more only pretends. */
function round(degrees: number): number {
  return Math.round(degrees * 100_000) / 100_000;
}
