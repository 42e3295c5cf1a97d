import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ChecklistFacts } from '../../../../src/app/screens/sync/ChecklistFacts.tsx';
import { openHornbillDb } from '../../../../src/app/db/database.ts';
import type { Language } from '../../../../src/app/i18n/languages.ts';
import { renderWithApp } from '../../renderWithApp.tsx';

const VERSION = '0123456789abcdef'.repeat(4);
const PUBLISHED = Date.UTC(2026, 10, 20, 12);
let counter = 0;

async function renderWith(setUp: (db: ReturnType<typeof openHornbillDb>) => Promise<unknown>, language: Language = 'en') {
  const db = openHornbillDb(`hornbill-checklist-facts-${++counter}`);
  await setUp(db);
  await renderWithApp(<ChecklistFacts />, language, db);
}

describe('the checklist on the Sync screen', () => {
  it('shows the stored checklist’s date, size and version, and the update under way page by page', async () => {
    await renderWith(async (db) => {
      await db.checklistHeld.put({ id: 'device', version: VERSION, taxa: 38_079, publishedAt: PUBLISHED, storedAt: PUBLISHED });
      await db.checklistDownload.put({ id: 'device', version: 'f'.repeat(64), from: VERSION, taxa: 38_100, publishedAt: PUBLISHED, pages: 15 });
      await db.checklistPages.bulkPut([0, 1, 2].map((page) => ({ page, removedIds: [], upserted: [] })));
    });
    expect((await screen.findByTestId('sync-checklist-progress')).textContent).toBe('Checklist update: page 3 of 15');
    expect(screen.getByTestId('sync-checklist-held').textContent).toBe('Published by HQ on Nov 20, 2026: 38,079 taxa — Version 0123456789ab');
  });

  it('shows no update when none is under way, in the user’s language', async () => {
    await renderWith(async (db) => {
      await db.checklistHeld.put({ id: 'device', version: VERSION, taxa: 12, publishedAt: PUBLISHED, storedAt: PUBLISHED });
    }, 'fr');
    expect((await screen.findByText(/Publiée par le siège le 20 nov\. 2026 : 12 taxons/)).textContent).toContain('Version 0123456789ab');
    expect(screen.queryByTestId('sync-checklist-progress')).toBeNull();
  });

  it('words the update in Spanish', async () => {
    await renderWith(async (db) => {
      await db.checklistDownload.put({ id: 'device', version: 'f'.repeat(64), from: VERSION, taxa: 3, publishedAt: PUBLISHED, pages: 4 });
    }, 'es');
    expect((await screen.findByTestId('sync-checklist-progress')).textContent).toBe('Actualización de la lista: página 0 de 4');
  });
});
