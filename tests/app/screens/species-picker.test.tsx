import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { SpeciesPicker } from '../../../src/app/components/species-picker/SpeciesPicker.tsx';
import type { Taxon } from '../../../src/core/species/taxon.ts';
import type { Language } from '../../../src/app/i18n/languages.ts';
import { renderWithApp } from '../renderWithApp.tsx';

function Harness({ chosen }: { chosen: Taxon[] }) {
  const [value, setValue] = useState<Taxon | null>(null);
  return (
    <SpeciesPicker
      label="Species"
      name="species"
      value={value}
      onChoose={(taxon) => {
        setValue(taxon);
        if (taxon) chosen.push(taxon);
      }}
    />
  );
}

async function renderPicker(language: Language = 'en') {
  const chosen: Taxon[] = [];
  await renderWithApp(<Harness chosen={chosen} />, language);
  return { chosen, input: screen.getByRole('combobox', { name: 'Species' }) };
}

describe('SpeciesPicker', () => {
  it('lists matches as the officer types, with common name and appendices', async () => {
    const { input } = await renderPicker();
    fireEvent.change(input, { target: { value: 'african elep' } });
    const list = await screen.findByRole('listbox', { name: 'Species' });
    const first = within(list).getAllByRole('option')[0];
    expect(first?.textContent).toContain('Loxodonta africana');
    expect(first?.textContent).toContain('African Elephant');
    expect(first?.textContent).toMatch(/Appendix I, II/);
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('is chosen from with the keyboard, the active option announced through aria-activedescendant', async () => {
    const { input, chosen } = await renderPicker();
    fireEvent.change(input, { target: { value: 'dalbergia' } });
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[2]?.id);
    expect(options[2]?.getAttribute('aria-selected')).toBe('true');
    const third = options[2]?.querySelector('i')?.textContent;
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chosen.map((taxon) => taxon.scientificName)).toEqual([third]);
    expect((input as HTMLInputElement).value).toBe(third);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('answers a synonym with the accepted name, shows it and uses it', async () => {
    const { input, chosen } = await renderPicker();
    fireEvent.change(input, { target: { value: 'Selenarctos thibetanus' } });
    const option = within(await screen.findByRole('listbox')).getAllByRole('option')[0];
    expect(option?.textContent).toContain('Ursus thibetanus');
    expect(option?.textContent).toContain('synonym Selenarctos thibetanus');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chosen[0]?.scientificName).toBe('Ursus thibetanus');
    expect((input as HTMLInputElement).value).toBe('Ursus thibetanus');
    expect(screen.getByRole('status').textContent).toContain('“Selenarctos thibetanus” is a synonym: the accepted name Ursus thibetanus is used.');
  });

  it('shows common names in the interface language and closes on Escape', async () => {
    const { input } = await renderPicker('fr');
    fireEvent.change(input, { target: { value: 'ours à collier' } });
    const option = within(await screen.findByRole('listbox')).getAllByRole('option')[0];
    expect(option?.textContent).toContain('Ursus thibetanus — Ours à collier');
    expect(option?.textContent).toContain('Annexe I');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('says so when nothing listed matches', async () => {
    const { input } = await renderPicker('es');
    fireEvent.change(input, { target: { value: 'zzzzqqq' } });
    expect(await screen.findByText('Ninguna especie incluida coincide. Revise la ortografía o pruebe con el género.')).toBeTruthy();
  });
});
