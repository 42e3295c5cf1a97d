import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { LibraryCredits } from '../../../src/app/screens/about/LibraryCredits.tsx';
import { renderWithApp } from '../renderWithApp.tsx';

const credits = [
  { name: 'react', version: '19.3.1', license: 'MIT' },
  { name: 'dexie', version: '4.4.7', license: 'Apache-2.0', author: 'David Fahlander' },
];

describe('LibraryCredits', () => {
  it('lists every bundled library with its licence', async () => {
    const fetchFile = (url: string) => Promise.resolve(new Response(url === '/credits.json' ? JSON.stringify(credits) : '', { status: 200 }));
    await renderWithApp(<LibraryCredits fetchFile={fetchFile} />);
    const table = await screen.findByTestId('library-credits');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(table.textContent).toContain('dexie (David Fahlander)');
    expect(table.textContent).toContain('Apache-2.0');
  });

  it('says the list is unavailable when credits.json is missing or malformed', async () => {
    await renderWithApp(<LibraryCredits fetchFile={() => Promise.resolve(new Response('[{"name":1}]'))} />, 'fr');
    expect(await screen.findByText('La liste des bibliothèques n’est pas disponible dans cette version.')).toBeTruthy();
  });
});
