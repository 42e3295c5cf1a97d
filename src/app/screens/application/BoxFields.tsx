import { useTranslation } from 'react-i18next';
import { SelectField, type SelectOption } from '../../components/form/SelectField.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { useApplicationForm } from './ApplicationFormContext.tsx';
import { fieldValue, withFieldValue } from './fieldPaths.ts';

interface BoxTextProps {
  label: string;
  path: string;
  type?: 'text' | 'date' | 'number';
  multiline?: boolean;
}

/** A text box of the form, bound to the field at `path`, with that field's rule findings. */
export function BoxText({ label, path, type = 'text', multiline = false }: BoxTextProps) {
  const { fields, update, findings } = useApplicationForm();
  return (
    <TextField
      label={label}
      path={path}
      type={type}
      multiline={multiline}
      value={fieldValue(fields, path)}
      onChange={(value) => update((current) => withFieldValue(current, path, value))}
      findings={findings.byField.get(path) ?? []}
    />
  );
}

interface BoxSelectProps {
  label: string;
  path: string;
  options: readonly SelectOption[];
  emptyLabel?: string;
}

/** A code box of the form (chosen from a list, never typed), bound to the field at `path`. */
export function BoxSelect({ label, path, options, emptyLabel }: BoxSelectProps) {
  const { t } = useTranslation();
  const { fields, update, findings } = useApplicationForm();
  return (
    <SelectField
      label={label}
      path={path}
      options={options}
      emptyLabel={emptyLabel ?? t('application.notChosen')}
      value={fieldValue(fields, path)}
      onChange={(value) => update((current) => withFieldValue(current, path, value))}
      findings={findings.byField.get(path) ?? []}
    />
  );
}
