/** Toggle chips for a multiple choice (needs, flags) or a single choice (residence, language). */
export function ChoiceChips<T extends string>({
  legend,
  options,
  selected,
  onToggle,
  label,
  error,
  name,
}: {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  onToggle: (option: T) => void;
  label: (option: T) => string;
  error?: string;
  name: string;
}) {
  return (
    <fieldset className={`chips ${error ? 'has-error' : ''}`} data-field={name}>
      <legend>{legend}</legend>
      <div className="chips-list">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className={selected.includes(option) ? 'chip is-active' : 'chip'}
            aria-pressed={selected.includes(option)}
            data-value={option}
            onClick={() => onToggle(option)}
          >
            {label(option)}
          </button>
        ))}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
