import { useTranslation } from 'react-i18next';
import type { HqFailure } from '../api/hqRequest.ts';
import { FailureMessage } from '../common/FailureMessage.tsx';

const QUOTA_CODES = ['unknown_device', 'unknown_taxon', 'quota_share_not_found'] as const;
type QuotaCode = (typeof QUOTA_CODES)[number];

function quotaCodeOf(failure: HqFailure): QuotaCode | undefined {
  if (failure.kind !== 'refused') return undefined;
  return QUOTA_CODES.find((code) => code === failure.code);
}

/** HQ's refusal of a quota share change: its own codes worded here, every other one as the admin screens word it. */
export function QuotaFailure({ failure }: { failure: HqFailure }) {
  const { t } = useTranslation();
  const code = quotaCodeOf(failure);
  if (code === undefined) return <FailureMessage failure={failure} />;
  return (
    <div className="admin-error" role="alert">
      <p>{t(`quota.errors.${code}`)}</p>
    </div>
  );
}
