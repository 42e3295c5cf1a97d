import { useMemo } from 'react';
import { usePermitCodeOptions } from '../../codes/usePermitCodeOptions.ts';
import { placeFindings } from '../../components/form/findings.ts';
import type { ApplicationFields } from './applicationFields.ts';
import type { FieldsChange } from './ApplicationFormContext.tsx';
import { formFieldPaths } from './fieldPaths.ts';
import { useRuleFindings } from './useRuleFindings.ts';

/** What the application's boxes need (ApplicationFormProvider's value), with the rules run live on `fields`. */
export function useLiveApplicationForm(fields: ApplicationFields, update: (change: FieldsChange) => void) {
  const options = usePermitCodeOptions();
  const check = useRuleFindings(fields);
  const findings = useMemo(() => placeFindings(check?.findings ?? [], formFieldPaths(fields)), [check, fields]);
  const form = useMemo(() => ({ fields, update, findings, options }), [fields, update, findings, options]);
  return { form, complete: check?.complete ?? false };
}
