import { useTranslation } from '../../i18n/useTranslation';
import { playAlarm, unlockSound } from '../common/alarm';
import { useDashboard } from './store';

/** Says whether the alarm will sound; one tap turns it off or on (and tests it). */
export function SoundToggle() {
  const { t } = useTranslation();
  const sound = useDashboard((state) => state.sound);
  const played = useDashboard((state) => state.alarmsPlayed);

  async function toggle() {
    if (sound === 'on') {
      useDashboard.setState({ sound: 'off' });
      return;
    }
    if (await unlockSound()) {
      useDashboard.setState({ sound: 'on' });
      playAlarm('normal');
    }
  }

  if (sound === 'unsupported') return <span className="cp-sound is-off">{t('coordination.sound.unsupported')}</span>;
  const label = sound === 'on' ? t('coordination.sound.on') : sound === 'off' ? t('coordination.sound.off') : t('coordination.sound.enable');
  return (
    <button
      type="button"
      className={`button cp-sound is-${sound}`}
      aria-pressed={sound === 'on'}
      onClick={() => void toggle()}
      data-testid="cp-sound"
      data-state={sound}
      data-alarms={played}
    >
      <BellIcon muted={sound !== 'on'} /> {label}
    </button>
  );
}

/** Drawn, not an emoji: the laptops at a coordination point may lack an emoji font. */
function BellIcon({ muted }: { muted: boolean }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z" />
      <path d="M10 20a2 2 0 0 0 4 0" />
      {muted ? <path d="M3 3l18 18" /> : null}
    </svg>
  );
}
