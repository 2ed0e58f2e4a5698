/**
 * Who is at the tablet: shown in the header; one tap opens the list of volunteers, a second
 * picks a name, then the 4-digit PIN. Works offline: the PIN hashes are on every tablet.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { OperatorFace } from './OperatorFace';
import { OperatorSignIn } from './OperatorSignIn';
import './texts';
import './operator.css';

/** `openAtOnce`: the person already tapped the button's face before this chunk was there. */
export default function OperatorButton({ openAtOnce = false }: { openAtOnce?: boolean }) {
  const [open, setOpen] = useState(openAtOnce);
  return (
    <>
      <button type="button" className="button operator-button" onClick={() => setOpen(true)} data-testid="operator-button" aria-haspopup="dialog">
        <OperatorFace />
      </button>
      {/* Outside the header, whose button styles (white on blue) must not reach the dialog. */}
      {open ? createPortal(<OperatorSignIn onClose={() => setOpen(false)} />, document.body) : null}
    </>
  );
}
