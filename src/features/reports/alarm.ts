/**
 * A loud beep through WebAudio for the escalation banner. Browsers only let a page make sound
 * after a person tapped it, so the report form unlocks the sound on its save tap; when audio is
 * missing or still locked, the beep is skipped and the red banner alone does the work.
 */
let context: AudioContext | undefined;

function audioContext(): AudioContext | undefined {
  if (context) return context;
  const Context = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return undefined;
  try {
    context = new Context();
  } catch {
    return undefined;
  }
  return context;
}

/** Call from a tap: after it the page may sound the alarm. */
export function unlockAlarm(): void {
  const audio = audioContext();
  if (audio?.state === 'suspended') void audio.resume().catch(() => undefined);
}

/** Three short high beeps, like a pager. */
export function soundAlarm(): void {
  const audio = audioContext();
  if (!audio || audio.state !== 'running') return;
  const start = audio.currentTime + 0.05;
  for (let beep = 0; beep < 3; beep += 1) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'square';
    oscillator.frequency.value = 1000;
    gain.gain.value = 0.25;
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start + beep * 0.35);
    oscillator.stop(start + beep * 0.35 + 0.2);
  }
}
