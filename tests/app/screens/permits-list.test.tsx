import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import PermitsScreen from '../../../src/app/screens/permits/PermitsScreen.tsx';
import type { HornbillDb } from '../../../src/app/db/database.ts';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { permitIndexKeys } from '../../../src/app/db/permit-index-keys.ts';
import { permitRecordSchema } from '../../../src/app/db/permit-record.ts';
import type { StoredPermitState } from '../../../src/core/permit/lifecycle.ts';
import type { DocumentType } from '../../../src/core/permit/model/document-type.ts';
import { PERMIT_FORMAT } from '../../../src/core/permit/model/permit.ts';
import type { PermitDraft } from '../../../src/core/permit/model/permit-draft.ts';
import { renderWithApp } from '../renderWithApp.tsx';
import { testUserId } from '../signed-in-session.ts';

let counter = 0;

interface Seed {
  status: StoredPermitState;
  type: DocumentType;
  species: [number, string];
  importer: [string, 'DE' | 'FR' | 'JP'];
  updatedAt: string;
  number?: string;
}

async function seed(db: HornbillDb, seeds: readonly Seed[]): Promise<void> {
  await db.permits.bulkPut(
    seeds.map((row) => {
      const id = crypto.randomUUID();
      const content: PermitDraft = {
        format: PERMIT_FORMAT,
        id,
        status: row.status,
        number: row.number ?? null,
        document: { type: row.type },
        importer: { name: row.importer[0], country: row.importer[1] },
        exporter: { name: 'Nairobi Traders', country: 'KE' },
        lineItems: [{ taxon: { taxonId: row.species[0], scientificName: row.species[1], commonName: '' } }],
      };
      return permitRecordSchema.parse({ id, userId: testUserId, status: row.status, createdAt: row.updatedAt, updatedAt: row.updatedAt, content, ...permitIndexKeys(content) });
    }),
  );
}

const bear: [number, string] = [3570, 'Ursus thibetanus'];
const tortoise: [number, string] = [3704, 'Testudo horsfieldii'];

const seeds: Seed[] = [
  { status: 'draft', type: 'export-permit', species: bear, importer: ['Tierpark Nord', 'DE'], updatedAt: '2026-11-20T09:00:00.000Z' },
  { status: 'issued', type: 'export-permit', species: tortoise, importer: ['Jardin des Plantes', 'FR'], updatedAt: '2026-10-02T09:00:00.000Z', number: 'KE26-T3F-00042-O' },
  { status: 'requested', type: 're-export-certificate', species: tortoise, importer: ['Ueno Zoo', 'JP'], updatedAt: '2026-11-25T09:00:00.000Z' },
];

async function renderList(rows: readonly Seed[] = seeds) {
  const db = openHornbillDb(`hornbill-list-test-${++counter}`);
  await seed(db, rows);
  const rendered = await renderWithApp(<PermitsScreen />, 'en', db);
  return { ...rendered, list: await screen.findByTestId('permit-list') };
}

const shownImporters = () =>
  within(screen.getByTestId('permit-list'))
    .getAllByRole('link')
    .map((link) => /to ([^,]+),/.exec(link.textContent ?? '')?.[1]);

describe('the permits list', () => {
  it('says what to do when the device holds nothing yet', async () => {
    await renderWithApp(<PermitsScreen />);
    const empty = await screen.findByTestId('permits-empty');
    expect(empty.textContent).toContain('There are no permits or drafts on this device yet.');
    expect(within(empty).getByRole('link', { name: 'Enter the first application' }).getAttribute('href')).toBe('#/applications/new');
  });

  it('shows the newest change first, each row linking to its detail', async () => {
    const { list } = await renderList();
    expect(shownImporters()).toEqual(['Ueno Zoo', 'Tierpark Nord', 'Jardin des Plantes']);
    const issued = within(list).getByText('KE26-T3F-00042-O').closest('a');
    expect(issued?.getAttribute('href')).toMatch(/^#\/permits\/[0-9a-f-]{36}$/);
    expect(issued?.textContent).toContain('Issued');
  });

  it('searches by species, importer and number', async () => {
    await renderList();
    const search = screen.getByTestId('permit-search');
    fireEvent.change(search, { target: { value: 'horsf' } });
    await waitFor(() => expect(shownImporters()).toEqual(['Ueno Zoo', 'Jardin des Plantes']));
    fireEvent.change(search, { target: { value: 'tierpark' } });
    await waitFor(() => expect(shownImporters()).toEqual(['Tierpark Nord']));
    fireEvent.change(search, { target: { value: 'KE26-T3F-00042' } });
    await waitFor(() => expect(shownImporters()).toEqual(['Jardin des Plantes']));
  });

  it('filters by status, document type, trading Party and date range', async () => {
    await renderList();
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'issued' } });
    await waitFor(() => expect(shownImporters()).toEqual(['Jardin des Plantes']));
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-document-type'), { target: { value: 're-export-certificate' } });
    await waitFor(() => expect(shownImporters()).toEqual(['Ueno Zoo']));
    fireEvent.change(screen.getByTestId('filter-document-type'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-party'), { target: { value: 'DE' } });
    await waitFor(() => expect(shownImporters()).toEqual(['Tierpark Nord']));
    fireEvent.change(screen.getByTestId('filter-party'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-from'), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByTestId('filter-to'), { target: { value: '2026-11-21' } });
    await waitFor(() => expect(shownImporters()).toEqual(['Tierpark Nord']));
  });

  it('filters by a species chosen in the picker, and clears every filter at once', async () => {
    await renderList();
    const picker = screen.getByRole('combobox', { name: 'Species' });
    fireEvent.change(picker, { target: { value: 'Testudo horsfieldii' } });
    await screen.findAllByRole('option');
    fireEvent.keyDown(picker, { key: 'Enter' });
    await waitFor(() => expect(shownImporters()).toEqual(['Ueno Zoo', 'Jardin des Plantes']));
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'draft' } });
    const empty = await screen.findByTestId('permits-empty');
    expect(empty.textContent).toContain('No permit or draft matches these filters.');
    fireEvent.click(within(empty).getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(shownImporters()).toHaveLength(3));
    expect((screen.getByRole('combobox', { name: 'Species' }) as HTMLInputElement).value).toBe('');
  });

  it('pages through many rows, a page at a time', async () => {
    const many: Seed[] = Array.from({ length: 30 }, (_, index) => ({
      status: 'draft',
      type: 'export-permit',
      species: bear,
      importer: [`Zoo ${String(index).padStart(2, '0')}`, 'DE'],
      updatedAt: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
    }));
    await renderList(many);
    expect(shownImporters()).toHaveLength(25);
    expect(shownImporters()[0]).toBe('Zoo 29');
    expect((screen.getByRole('button', { name: 'Previous page' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(shownImporters()).toEqual(['Zoo 04', 'Zoo 03', 'Zoo 02', 'Zoo 01', 'Zoo 00']));
    expect((screen.getByRole('button', { name: 'Next page' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Page 2')).toBeTruthy();
  });
});
