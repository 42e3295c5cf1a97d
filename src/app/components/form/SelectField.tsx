import { useId } from 'react';
import { FieldFindings } from './FieldFindings.tsx';
import type { Finding } from '../../../core/permit/rules/finding.ts';
import { findingsIdFor } from './findings.ts';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  path: string;
  value: string;
  /** The label of the empty choice (''), e.g. "Not chosen". */
  emptyLabel: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  findings: readonly Finding[];
}

export function SelectField({ label, path, value, emptyLabel, options, onChange, findings }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={path} value={value} aria-describedby={findingsIdFor(path)} data-testid={`field-${path}`} onChange={(event) => onChange(event.target.value)}>
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldFindings id={findingsIdFor(path)} findings={findings} testId={`findings-${path}`} />
    </div>
  );
}
