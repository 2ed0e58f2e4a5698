/**
 * Who is at the tablet: shown in the header; one tap opens the list of volunteers, a second
 * picks a name, then the 4-digit PIN. Works offline: the PIN hashes are on every tablet.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../state/session';
import { OperatorSignIn } from './OperatorSignIn';
import './texts';
import './operator.css';

export default function OperatorButton() {
  const { t } = useTranslation();
  const operator = useSession((state) => state.operator);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button operator-button" onClick={() => setOpen(true)} data-testid="operator-button" aria-haspopup="dialog">
        <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
          <circle cx="12" cy="8" r="4.2" />
          <path d="M3.5 21c.8-4.6 4.2-7 8.5-7s7.7 2.4 8.5 7z" />
        </svg>
        <span className="operator-name">{operator?.name ?? t('roster.operator.nobody')}</span>
      </button>
      {/* Outside the header, whose button styles (white on blue) must not reach the dialog. */}
      {open ? createPortal(<OperatorSignIn onClose={() => setOpen(false)} />, document.body) : null}
    </>
  );
}
