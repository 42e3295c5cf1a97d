import { useDeferredValue, useMemo } from 'react';
import { calendarDateSchema, type CalendarDate } from '../../../core/permit/calendar-date.ts';
import { useChecklist } from '../../checklist/useChecklist.ts';
import type { ApplicationFields } from './applicationFields.ts';
import { checkApplication, type ApplicationCheck } from './checkApplication.ts';
import { toPermitDraft } from './toPermitDraft.ts';

function localToday(): CalendarDate {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return calendarDateSchema.parse(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
}

/** Live rule checks on the application; deferred, so typing never waits for them. */
export function useRuleFindings(fields: ApplicationFields): ApplicationCheck | null {
  const checklist = useChecklist();
  const deferred = useDeferredValue(fields);
  return useMemo(
    () => (typeof checklist === 'string' ? null : checkApplication(toPermitDraft(deferred), checklist.lookup, localToday())),
    [checklist, deferred],
  );
}
