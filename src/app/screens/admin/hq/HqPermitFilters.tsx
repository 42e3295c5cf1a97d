import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMIT_STATES, type PermitState } from '../../../../core/permit/lifecycle.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { statusName } from '../../../permit-summary/permitLabels.ts';

export interface HqPermitFilter {
  readonly status: PermitState | '';
  readonly number: string;
}

const storedStates = PERMIT_STATES.filter((state) => state !== 'expired');

function isPermitState(value: string): value is PermitState {
  return (PERMIT_STATES as readonly string[]).includes(value);
}

/** Status and part of the number; applied on submit so that typing does not ask HQ at every key. */
export function HqPermitFilters({ filter, onApply }: { filter: HqPermitFilter; onApply: (filter: HqPermitFilter) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [status, setStatus] = useState(filter.status);
  const [number, setNumber] = useState(filter.number);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ status, number: number.trim() });
  };
  return (
    <form className="card" onSubmit={submit} aria-label={t('hqLog.permits.filters')}>
      <label className="field">
        <span className="field__label">{t('hqLog.permits.status')}</span>
        <select value={status} onChange={(event) => setStatus(isPermitState(event.target.value) ? event.target.value : '')}>
          <option value="">{t('hqLog.permits.anyStatus')}</option>
          {storedStates.map((state) => (
            <option key={state} value={state}>{statusName(state, language)}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('hqLog.permits.number')}</span>
        <input type="search" value={number} maxLength={64} onChange={(event) => setNumber(event.target.value)} />
      </label>
      <button type="submit">{t('hqLog.permits.apply')}</button>
    </form>
  );
}
