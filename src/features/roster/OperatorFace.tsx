import { useTranslation } from '../../i18n/useTranslation';
import { useSession } from '../../state/session';

/**
 * What the operator button shows: who is at the tablet, or the question. Without the roster
 * code, so the header draws it in its first commit and keeps its size when the button itself
 * (a chunk, loaded once the page is idle) takes over: the page does not jump under a finger.
 */
export function OperatorFace() {
  const { t } = useTranslation();
  const operator = useSession((state) => state.operator);
  return (
    <>
      <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
        <circle cx="12" cy="8" r="4.2" />
        <path d="M3.5 21c.8-4.6 4.2-7 8.5-7s7.7 2.4 8.5 7z" />
      </svg>
      <span className="operator-name">{operator?.name ?? t('roster.operator.nobody')}</span>
    </>
  );
}

/**
 * The button's place in the header until its chunk is there: the same face. A tap loads the
 * button at once (`onOpen`), which then opens the sign-in: nothing is lost to a quick finger.
 */
export function OperatorButtonPlaceholder({ onOpen }: { onOpen: () => void }) {
  return (
    <button type="button" className="button operator-button" aria-haspopup="dialog" data-testid="operator-button-placeholder" onClick={onOpen}>
      <OperatorFace />
    </button>
  );
}
