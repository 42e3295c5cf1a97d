import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeciesSearchHit } from '../../../core/species/search-index.ts';
import type { Taxon } from '../../../core/species/taxon.ts';
import { SpeciesOption } from './SpeciesOption.tsx';
import { useSpeciesSearch } from './useSpeciesSearch.ts';

interface SpeciesPickerProps {
  label: string;
  /** The form name of the field, also its test id (`field-NAME`). */
  name: string;
  /** The chosen taxon's accepted scientific name, null while none is chosen. */
  value: { scientificName: string } | null;
  onChoose: (taxon: Taxon | null) => void;
  /** Id of an element describing the field (its rule findings). */
  describedBy?: string;
}

/**
 * A combobox over the offline checklist (WAI-ARIA combobox pattern with aria-activedescendant): type, move
 * with the arrow keys, choose with Enter. A synonym is answered with its accepted taxon, which is what is kept.
 */
export function SpeciesPicker({ label, name, value, onChoose, describedBy }: SpeciesPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState(value?.scientificName ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [chosenHit, setChosenHit] = useState<SpeciesSearchHit | null>(null);
  const { state, hits } = useSpeciesSearch(open ? query : '');
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const showList = open && hits.length > 0;

  function choose(hit: SpeciesSearchHit) {
    onChoose(hit.taxon);
    setQuery(hit.taxon.scientificName);
    setChosenHit(hit);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (hits.length === 0 ? 0 : (current + step + hits.length) % hits.length));
    } else if (event.key === 'Enter' && showList) {
      event.preventDefault();
      const hit = hits[active];
      if (hit) choose(hit);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  return (
    <div className="field species-picker">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList ? optionId(active) : undefined}
        aria-describedby={[`${id}-status`, describedBy].filter(Boolean).join(' ')}
        value={query}
        name={name}
        data-testid={`field-${name}`}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
          setChosenHit(null);
          if (value) onChoose(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={label} className="species-picker__list" hidden={!showList}>
        {showList &&
          hits.map((hit, index) => (
            <SpeciesOption key={hit.taxon.id} id={optionId(index)} hit={hit} active={index === active} onChoose={() => choose(hit)} />
          ))}
      </ul>
      <p id={`${id}-status`} className="note" role="status">
        {state === 'failed' && t('species.unavailable')}
        {state === 'loading' && open && t('species.loading')}
        {state === 'ready' && open && query.trim() !== '' && hits.length === 0 && t('species.noMatch')}
        {value && !open && chosenHit?.matchedKind === 'synonym' && t('species.acceptedInstead', { synonym: chosenHit.matchedName, accepted: value.scientificName })}
        {value && !open && chosenHit && ` ${t('species.appendices', { appendices: chosenHit.taxon.listing.appendices.join(', ') || '–' })}`}
      </p>
    </div>
  );
}
