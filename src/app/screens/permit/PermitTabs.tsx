import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const permitTabs = ['permit', 'audit'] as const;
export type PermitTab = (typeof permitTabs)[number];

/** The detail screen's two tabs (WAI-ARIA tabs pattern: arrow keys move between them). */
export function PermitTabs({ selected, onSelect }: { selected: PermitTab; onSelect: (tab: PermitTab) => void }) {
  const { t } = useTranslation();
  const move = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = permitTabs[(permitTabs.indexOf(selected) + 1) % permitTabs.length] ?? 'permit';
    onSelect(next);
    document.getElementById(`permit-tab-button-${next}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('permit.tabs.label')} onKeyDown={move}>
      {permitTabs.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`permit-tab-button-${tab}`}
          aria-selected={tab === selected}
          aria-controls={`permit-tab-${tab}`}
          tabIndex={tab === selected ? 0 : -1}
          className={tab === selected ? 'tab tab--selected' : 'tab'}
          onClick={() => onSelect(tab)}
        >
          {t(`permit.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}
