import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMIT_STATES, type StoredPermitState } from '../../../core/permit/lifecycle.ts';
import { STATE_NAMES } from '../../../core/permit/lifecycle-names.ts';
import { DOCUMENT_TYPE_NAMES, DOCUMENT_TYPES } from '../../../core/permit/model/document-type.ts';
import { SpeciesPicker } from '../../components/species-picker/SpeciesPicker.tsx';
import { usePermitCodeOptions } from '../../codes/usePermitCodeOptions.ts';
import type { PermitFilters } from '../../db/permit-query.ts';
import { capitalise } from '../../format/capitalise.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

const storedStates = PERMIT_STATES.filter((state): state is StoredPermitState => state !== 'expired');

interface PermitFiltersFormProps {
  filters: PermitFilters;
  onChange: (filters: PermitFilters) => void;
}

export function PermitFiltersForm({ filters, onChange }: PermitFiltersFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { countries } = usePermitCodeOptions();
  const [speciesName, setSpeciesName] = useState<string | null>(null);
  const set = (patch: Partial<PermitFilters>) => onChange({ ...filters, ...patch });
  const optionsOf = (values: readonly { value: string; label: string }[]) =>
    [{ value: '', label: t('permits.filters.any') }, ...values].map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));

  return (
    <form role="search" className="card filters" aria-label={t('permits.filters.label')} onSubmit={(event) => event.preventDefault()}>
      <label className="field filters__search">
        <span className="field__label">{t('permits.filters.search')}</span>
        <input type="search" value={filters.text} onChange={(event) => set({ text: event.target.value })} data-testid="permit-search" />
      </label>
      <label className="field">
        <span className="field__label">{t('permits.filters.status')}</span>
        <select value={filters.status} onChange={(event) => set({ status: storedStates.find((state) => state === event.target.value) ?? '' })} data-testid="filter-status">
          {optionsOf(storedStates.map((state) => ({ value: state, label: capitalise(STATE_NAMES[state][language]) })))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('permits.filters.documentType')}</span>
        <select value={filters.documentType} onChange={(event) => set({ documentType: event.target.value })} data-testid="filter-document-type">
          {optionsOf(DOCUMENT_TYPES.map((type) => ({ value: type, label: capitalise(DOCUMENT_TYPE_NAMES[type][language]) })))}
        </select>
      </label>
      <SpeciesPicker
        label={t('permits.filters.species')}
        name="filter-species"
        value={speciesName === null ? null : { scientificName: speciesName }}
        onChoose={(taxon) => {
          setSpeciesName(taxon?.scientificName ?? null);
          set({ speciesId: taxon?.id ?? null });
        }}
      />
      <label className="field">
        <span className="field__label">{t('permits.filters.party')}</span>
        <select value={filters.party} onChange={(event) => set({ party: event.target.value })} data-testid="filter-party">
          {optionsOf(countries)}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('permits.filters.changedFrom')}</span>
        <input type="date" value={filters.changedFrom} onChange={(event) => set({ changedFrom: event.target.value })} data-testid="filter-from" />
      </label>
      <label className="field">
        <span className="field__label">{t('permits.filters.changedTo')}</span>
        <input type="date" value={filters.changedTo} onChange={(event) => set({ changedTo: event.target.value })} data-testid="filter-to" />
      </label>
    </form>
  );
}
