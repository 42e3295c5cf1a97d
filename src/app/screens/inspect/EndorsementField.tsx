import { useId } from 'react';

interface EndorsementFieldProps {
  readonly label: string;
  /** Shown under the label, and read with the field (the permitted quantity beside an actual one). */
  readonly hint?: string;
  readonly type: 'text' | 'number' | 'date';
  readonly value: string;
  /** What is wrong, in words; null when nothing is. */
  readonly error: string | null;
  readonly onChange: (value: string) => void;
}

/** One box 14 field with its error beside it, in words and a symbol (never colour alone). */
export function EndorsementField({ label, hint, type, value, error, onChange }: EndorsementFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? null : hintId, error === null ? null : errorId].filter((part) => part !== null).join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && <span id={hintId}>{hint}</span>}
      <input
        id={id}
        type={type}
        value={value}
        {...(type === 'number' ? { min: 0, step: 'any', inputMode: 'decimal' as const } : {})}
        aria-invalid={error !== null}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {error !== null && (
        <p id={errorId} className="finding finding--error">
          <span aria-hidden="true">✖ </span>
          {error}
        </p>
      )}
    </div>
  );
}
