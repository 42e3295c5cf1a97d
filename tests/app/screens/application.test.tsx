import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { DBCore } from 'dexie';
import ApplicationScreen from '../../../src/app/screens/application/ApplicationScreen.tsx';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { readPermit } from '../../../src/app/db/permits.ts';
import { renderWithApp } from '../renderWithApp.tsx';
import { testUserId } from '../signed-in-session.ts';
import { chooseSpecies, control, type, waitUntilSaved } from './application-form.ts';

const savedDraftId = () => /^#\/applications\/([0-9a-f-]{36})$/.exec(window.location.hash)?.[1];

describe('the application form', () => {
  it('saves the draft as it is typed and restores every field when reopened', async () => {
    window.location.hash = '#/applications/new';
    const { container, db, unmount } = await renderWithApp(<ApplicationScreen draftId={null} />);
    await screen.findByText('Nothing typed yet. What you type is saved on this device.');
    type(container, 'importer.name', 'Tierpark Nord');
    type(container, 'importer.country', 'DE');
    type(container, 'purpose', 'Z');
    await chooseSpecies(container, 'lineItems.0.taxon', 'Geochelone carbonaria');
    type(container, 'lineItems.0.quantity.amount', '4');
    await waitUntilSaved();
    expect(screen.getByTestId('save-status').textContent).toMatch(/^Saved on this device at /);

    const id = savedDraftId();
    expect(id).toBeDefined();
    const stored = await readPermit(db, id ?? '', testUserId);
    expect(stored?.status).toBe('draft');
    expect(stored?.content).toMatchObject({
      importer: { name: 'Tierpark Nord', country: 'DE' },
      purpose: 'Z',
      lineItems: [{ taxon: { scientificName: 'Chelonoidis carbonarius' }, appendix: 'II', quantity: { amount: 4 } }],
    });
    unmount();

    const reopened = await renderWithApp(<ApplicationScreen draftId={id ?? ''} />, 'en', db);
    await screen.findByText('Saved on this device');
    expect(control(reopened.container, 'importer.name').value).toBe('Tierpark Nord');
    expect(control(reopened.container, 'importer.country').value).toBe('DE');
    expect(control(reopened.container, 'purpose').value).toBe('Z');
    expect(control(reopened.container, 'lineItems.0.taxon').value).toBe('Chelonoidis carbonarius');
    expect(control(reopened.container, 'lineItems.0.appendix').value).toBe('II');
    expect(control(reopened.container, 'lineItems.0.quantity.amount').value).toBe('4');
  });

  it('keeps the form when the address catches up with a new draft, and starts afresh on "New application"', async () => {
    const { container, rerender } = await renderWithApp(<ApplicationScreen draftId={null} />);
    await screen.findByTestId('save-status');
    type(container, 'importer.name', 'Tierpark Nord');
    await waitUntilSaved();
    const id = savedDraftId() ?? '';
    rerender(<ApplicationScreen draftId={id} />);
    await screen.findByRole('heading', { name: 'Application (draft)' });
    expect(control(container, 'importer.name').value).toBe('Tierpark Nord');
    expect(screen.getByTestId('save-status').dataset['state']).toBe('saved');

    rerender(<ApplicationScreen draftId={null} />);
    await screen.findByRole('heading', { name: 'New application' });
    await waitFor(() => expect(control(container, 'importer.name').value).toBe(''));
  });

  it('adds and removes line items, keeping what each one holds', async () => {
    const { container, db } = await renderWithApp(<ApplicationScreen draftId={null} />);
    await screen.findByText('Nothing typed yet. What you type is saved on this device.');
    expect(screen.queryByRole('button', { name: 'Remove line item 1' })).toBeNull();
    type(container, 'lineItems.0.description', 'Skins');
    fireEvent.click(screen.getByRole('button', { name: 'Add another species' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add another species' }));
    expect(screen.getAllByRole('group', { name: /^Line item \d$/ })).toHaveLength(3);
    type(container, 'lineItems.1.description', 'Live birds');
    type(container, 'lineItems.2.description', 'Carvings');

    fireEvent.click(screen.getByRole('button', { name: 'Remove line item 1' }));
    expect(screen.getAllByRole('group', { name: /^Line item \d$/ })).toHaveLength(2);
    expect(control(container, 'lineItems.0.description').value).toBe('Live birds');
    expect(control(container, 'lineItems.1.description').value).toBe('Carvings');
    await waitUntilSaved();
    const stored = await readPermit(db, savedDraftId() ?? '', testUserId);
    expect(stored?.content.lineItems?.map((item) => item.description)).toEqual(['Live birds', 'Carvings']);
  });

  it('shows the Convention’s findings beside the field they are about once the application is complete', async () => {
    const { container } = await renderWithApp(<ApplicationScreen draftId={null} />);
    await screen.findByTestId('rules-waiting');
    const boxes: Record<string, string> = {
      'document.type': 'export-permit',
      'importer.name': 'Tierpark Nord',
      'importer.address': 'Zooweg 1, Berlin',
      'importer.country': 'DE',
      'exporter.name': 'Nairobi Traders',
      'exporter.address': 'PO Box 1, Nairobi',
      'exporter.country': 'KE',
      purpose: 'T',
      'managementAuthority.party': 'KE',
      'managementAuthority.name': 'Kenya Wildlife Service',
      'managementAuthority.address': 'Nairobi',
      'lineItems.0.description': 'Skin',
      'lineItems.0.term': 'SKI',
      'lineItems.0.source': 'W',
      'lineItems.0.quantity.amount': '1',
      'applicant.name': 'Amina Otieno',
      'applicant.address': 'Nairobi',
      'applicant.identityDocument.type': 'passport',
      'applicant.identityDocument.number': 'AK1',
      'applicant.identityDocument.issuingCountry': 'KE',
    };
    await chooseSpecies(container, 'lineItems.0.taxon', 'Ursus thibetanus');
    for (const [path, value] of Object.entries(boxes)) type(container, path, value);

    const purposeFindings = await screen.findByTestId('findings-purpose');
    await waitFor(() => expect(purposeFindings.querySelector('[data-code="art3.commercial-purpose-appendix-i"]')).not.toBeNull());
    expect(purposeFindings.textContent).toMatch(/^✖ Error: /);
    expect(control(container, 'purpose').getAttribute('aria-describedby')).toBe(purposeFindings.id);
    expect(screen.queryByTestId('rules-waiting')).toBeNull();

    type(container, 'purpose', 'Z');
    await waitFor(() => expect(purposeFindings.children).toHaveLength(0));
  });

  it('flags a box holding a wrong value as it is typed, before the application is complete', async () => {
    const { container } = await renderWithApp(<ApplicationScreen draftId={null} />, 'fr');
    await screen.findByTestId('rules-waiting');
    await chooseSpecies(container, 'lineItems.0.taxon', 'Ursus thibetanus');
    type(container, 'lineItems.0.quantity.amount', '-3');

    const quantityFindings = await screen.findByTestId('findings-lineItems.0.quantity.amount');
    await waitFor(() => expect(quantityFindings.textContent).toContain('Doit être supérieur à 0.'));
    // Boxes still empty are not reported as errors while the officer is typing.
    expect(screen.getByTestId('findings-importer.name').children).toHaveLength(0);
    expect(screen.getByTestId('rules-waiting')).toBeTruthy();

    type(container, 'lineItems.0.quantity.amount', '3');
    await waitFor(() => expect(quantityFindings.children).toHaveLength(0));
  });

  it('says in the user’s language that storage is full, and keeps the typing on screen', async () => {
    const db = openHornbillDb('hornbill-ui-full-disk');
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (tableName) => ({
          ...down.table(tableName),
          mutate: (request) =>
            tableName === 'permits' ? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')) : down.table(tableName).mutate(request),
        }),
      }),
    });
    const { container } = await renderWithApp(<ApplicationScreen draftId={null} />, 'fr', db);
    await screen.findByText('Rien n’est encore saisi. Ce que vous saisissez est enregistré sur cet appareil.');
    type(container, 'importer.name', 'Parc zoologique');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('le stockage de cet appareil est plein');
    expect(control(container, 'importer.name').value).toBe('Parc zoologique');
    expect(await db.permits.count()).toBe(0);
  });
});
