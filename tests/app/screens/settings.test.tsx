import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { LanguageSetting } from '../../../src/app/screens/settings/LanguageSetting.tsx';
import { StorageSetting } from '../../../src/app/screens/settings/StorageSetting.tsx';
import { readPreferences } from '../../../src/app/db/preferences.ts';
import { renderWithApp } from '../renderWithApp.tsx';

function fakeStorage(options: { usage: number; quota: number; persisted: boolean; grant: boolean }): StorageManager {
  let persisted = options.persisted;
  return {
    estimate: () => Promise.resolve({ usage: options.usage, quota: options.quota }),
    persisted: () => Promise.resolve(persisted),
    persist: () => {
      persisted = options.grant;
      return Promise.resolve(options.grant);
    },
    getDirectory: () => Promise.reject(new Error('not used')),
  };
}

const fixedClock = () => new Date('2026-11-26T10:00:00Z');

describe('LanguageSetting', () => {
  it('switches the interface language and stores the choice on the device', async () => {
    const { db } = await renderWithApp(<LanguageSetting />);
    expect(screen.getByRole('heading', { name: 'Language' })).toBeTruthy();

    fireEvent.change(screen.getByTestId('language-select'), { target: { value: 'fr' } });

    await screen.findByRole('heading', { name: 'Langue' });
    expect(document.documentElement.lang).toBe('fr');
    expect((await readPreferences(db)).language).toBe('fr');
  });
});

describe('StorageSetting', () => {
  it('shows usage and quota in the user’s language', async () => {
    await renderWithApp(<StorageSetting storage={fakeStorage({ usage: 2_500_000, quota: 1_000_000_000, persisted: true, grant: true })} now={fixedClock} />);
    expect((await screen.findByTestId('storage-usage')).textContent).toBe('2.5 MB used of 1 GB available to Hornbill');
    expect(screen.getByTestId('storage-persisted').textContent).toContain('granted');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks for persistent storage, shows the answer and records when it asked', async () => {
    const { db } = await renderWithApp(
      <StorageSetting storage={fakeStorage({ usage: 1000, quota: 5_000_000, persisted: false, grant: false })} now={fixedClock} />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Keep Hornbill’s data on this device' }));

    expect((await screen.findByTestId('persist-answer')).textContent).toContain('refused');
    expect((await readPreferences(db)).persistenceRequest).toEqual({ requestedAt: '2026-11-26T10:00:00.000Z', granted: false });
  });

  it('says so when the browser reports nothing', async () => {
    await renderWithApp(<StorageSetting storage={undefined} now={fixedClock} />, 'es');
    expect((await screen.findByTestId('storage-usage')).textContent).toBe('Este navegador no indica cuánto almacenamiento se usa.');
    expect(screen.getByTestId('storage-persisted').textContent).toBe('Este navegador no puede hacer persistente el almacenamiento.');
  });
});

describe('StorageSetting after a grant', () => {
  it('reports the grant once the browser agrees', async () => {
    await renderWithApp(<StorageSetting storage={fakeStorage({ usage: 0, quota: 1e9, persisted: false, grant: true })} now={fixedClock} />);
    fireEvent.click(await screen.findByRole('button'));
    await waitFor(() => expect(screen.getByTestId('persist-answer').textContent).toContain('granted'));
    expect(screen.getByTestId('storage-persisted').textContent).toContain('Persistent storage: granted');
  });
});
