/**
 * The alarm sound for emergency reports, one for the whole product: the coordinator dashboard
 * (a new report) and the desk's escalation banner (a report waiting too long). A WebAudio beep,
 * so no sound file is needed. Browsers only allow audio after the person has interacted with
 * the page, so the context is created (or resumed) on a tap, a click or a key press: the
 * dashboard on the first one (until then its header says so), the desk on the report form's
 * save tap. Where audio is missing or still locked, nothing plays and the screen alone warns.
 */
export type SoundState = 'locked' | 'on' | 'off' | 'unsupported';

let context: AudioContext | null = null;

function audioContextClass(): typeof AudioContext | undefined {
  return typeof window === 'undefined' ? undefined : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext);
}

export function soundSupported(): boolean {
  return audioContextClass() !== undefined;
}

/** Call from a user gesture: creates or resumes the audio context. True when sound can play now. */
export async function unlockSound(): Promise<boolean> {
  const Context = audioContextClass();
  if (!Context) return false;
  context ??= new Context();
  if (context.state === 'suspended') await context.resume().catch(() => undefined);
  return context.state === 'running';
}

/**
 * Two or three short tones: three high ones for a life-threatening report or an escalation,
 * two lower ones otherwise. Returns false when the browser would not play.
 */
export function playAlarm(kind: 'critical' | 'normal'): boolean {
  if (!context || context.state !== 'running') return false;
  const start = context.currentTime + 0.02;
  const tones = kind === 'critical' ? [988, 1319, 988] : [660, 880];
  tones.forEach((frequency, index) => {
    const oscillator = context!.createOscillator();
    const gain = context!.createGain();
    oscillator.type = 'square';
    oscillator.frequency.value = frequency;
    const at = start + index * 0.22;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.18);
    oscillator.connect(gain).connect(context!.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.2);
  });
  return true;
}
