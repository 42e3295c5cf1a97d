import { createContext, useContext } from 'react';
import type { PlacedFindings } from '../../components/form/findings.ts';
import type { PermitCodeOptions } from '../../codes/codeOptions.ts';
import type { ApplicationFields } from './applicationFields.ts';

export type FieldsChange = (fields: ApplicationFields) => ApplicationFields;

interface ApplicationForm {
  fields: ApplicationFields;
  update: (change: FieldsChange) => void;
  findings: PlacedFindings;
  options: PermitCodeOptions;
}

const ApplicationFormContext = createContext<ApplicationForm | null>(null);

export const ApplicationFormProvider = ApplicationFormContext.Provider;

/** The form every box of the application reads and changes. */
export function useApplicationForm(): ApplicationForm {
  const form = useContext(ApplicationFormContext);
  if (!form) throw new Error('useApplicationForm must be used inside <ApplicationFormProvider>');
  return form;
}
