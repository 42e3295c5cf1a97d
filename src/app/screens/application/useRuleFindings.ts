import { useDeferredValue, useMemo } from 'react';
import { useChecklist } from '../../checklist/useChecklist.ts';
import { localDateOf } from '../../log/local-date.ts';
import { useDeviceQuotaShares } from '../../quota/useDeviceQuotaShares.ts';
import type { ApplicationFields } from './applicationFields.ts';
import { checkApplication, type ApplicationCheck } from './checkApplication.ts';
import { toPermitDraft } from './toPermitDraft.ts';

/** Live rule checks on the application; deferred, so typing never waits for them. */
export function useRuleFindings(fields: ApplicationFields): ApplicationCheck | null {
  const checklist = useChecklist();
  const quotaShares = useDeviceQuotaShares();
  const deferred = useDeferredValue(fields);
  return useMemo(
    () => (typeof checklist === 'string' ? null : checkApplication(toPermitDraft(deferred), checklist.lookup, localDateOf(Date.now()), quotaShares)),
    [checklist, deferred, quotaShares],
  );
}
