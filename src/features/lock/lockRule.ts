/**
 * When a volunteer or site-lead tablet locks itself: after `lockAfterMinutes` (site setting,
 * default 10; 0 = never) without a touch or a key. Only where someone can unlock it again: a
 * point whose roster has no volunteer with a PIN yet does not lock (a locked tablet nobody can
 * open is worse than an open one), and the kiosk has its own PIN exit.
 */
export const DEFAULT_LOCK_AFTER_MINUTES = 10;

export function shouldLock(input: { role: string | null; lastActivityMs: number; nowMs: number; lockAfterMinutes: number; anyPinSet: boolean }): boolean {
  if (input.role !== 'volunteer' && input.role !== 'lead') return false;
  if (!input.anyPinSet || input.lockAfterMinutes <= 0) return false;
  return input.nowMs - input.lastActivityMs >= input.lockAfterMinutes * 60_000;
}
