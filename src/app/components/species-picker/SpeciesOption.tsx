import { useTranslation } from 'react-i18next';
import type { SpeciesSearchHit } from '../../../core/species/search-index.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

interface SpeciesOptionProps {
  id: string;
  hit: SpeciesSearchHit;
  active: boolean;
  onChoose: () => void;
}

/** One answer of the species search: accepted name, common name in the interface language, appendices. */
export function SpeciesOption({ id, hit, active, onChoose }: SpeciesOptionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const commonName = hit.taxon.commonNames[language][0];
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'species-option species-option--active' : 'species-option'}
      // mousedown, not click: the input keeps focus, so the list does not close before the choice lands.
      onMouseDown={(event) => {
        event.preventDefault();
        onChoose();
      }}
    >
      <span>
        <i>{hit.taxon.scientificName}</i>
        {commonName && ` — ${commonName}`}
      </span>
      <span className="species-option__meta">
        {t('species.appendices', { appendices: hit.taxon.listing.appendices.join(', ') || '–' })}
        {hit.matchedKind === 'synonym' && ` · ${t('species.synonymMatched', { synonym: hit.matchedName })}`}
      </span>
    </li>
  );
}
