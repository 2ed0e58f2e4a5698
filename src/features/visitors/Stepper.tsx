import { useId } from 'react';

/** A number with large minus/plus buttons: easier with a finger than a number keyboard. */
export function Stepper({ label, value, onChange, min = 0, max = 99 }: { label: string; value: number; onChange: (value: number) => void; min?: number; max?: number }) {
  const id = useId();
  return (
    <div className="stepper" role="group" aria-labelledby={id}>
      <span id={id} className="stepper-label">
        {label}
      </span>
      <button type="button" className="button stepper-button" aria-label={`${label} −`} disabled={value <= min} onClick={() => onChange(value - 1)}>
        −
      </button>
      <output className="stepper-value" aria-live="polite">
        {value}
      </output>
      <button type="button" className="button stepper-button" aria-label={`${label} +`} disabled={value >= max} onClick={() => onChange(value + 1)}>
        +
      </button>
    </div>
  );
}
