/**
 * Who is at the tablet: shown in the header; one tap opens the list of volunteers, a second
 * picks a name, then the 4-digit PIN. Works offline: the PIN hashes are on every tablet.
 */
import { useState } from 'react';
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
        👤 <span className="operator-name">{operator?.name ?? t('roster.operator.nobody')}</span>
      </button>
      {open ? <OperatorSignIn onClose={() => setOpen(false)} /> : null}
    </>
  );
}
