import { useId } from 'react';
import { FieldFindings } from './FieldFindings.tsx';
import type { Finding } from '../../../core/permit/rules/finding.ts';
import { findingsIdFor } from './findings.ts';

interface TextFieldProps {
  label: string;
  /** The field's path in the permit: its form name, and the key of its rule findings. */
  path: string;
  value: string;
  onChange: (value: string) => void;
  findings: readonly Finding[];
  type?: 'text' | 'date' | 'number';
  multiline?: boolean;
}

export function TextField({ label, path, value, onChange, findings, type = 'text', multiline = false }: TextFieldProps) {
  const id = useId();
  const common = { id, name: path, value, 'aria-describedby': findingsIdFor(path), 'data-testid': `field-${path}` };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} step={type === 'number' ? 'any' : undefined} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldFindings id={findingsIdFor(path)} findings={findings} testId={`findings-${path}`} />
    </div>
  );
}
