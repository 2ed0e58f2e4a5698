/** One choice out of a few, as large tiles a finger cannot miss (urgency, service). */
export function BigChoice<T extends string>({
  legend,
  name,
  options,
  selected,
  onSelect,
  label,
  error,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  selected: T | undefined;
  onSelect: (option: T) => void;
  label: (option: T) => string;
  error?: string;
}) {
  return (
    <fieldset className={`big-choice ${error ? 'has-error' : ''}`} data-field={name}>
      <legend>{legend}</legend>
      <div className="big-choice-list">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className={`big-choice-tile tile-${option} ${selected === option ? 'is-active' : ''}`}
            aria-pressed={selected === option}
            data-value={option}
            onClick={() => onSelect(option)}
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
