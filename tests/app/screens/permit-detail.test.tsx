import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import PermitDetailScreen from '../../../src/app/screens/permit/PermitDetailScreen.tsx';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { saveDraft } from '../../../src/app/db/permits.ts';
import { PERMIT_FORMAT } from '../../../src/core/permit/model/permit.ts';
import { renderWithApp } from '../renderWithApp.tsx';
import { testUserId } from '../signed-in-session.ts';

const id = '5d7c1e1a-3b7a-4f5e-8d0a-2b9c4e6f7a81';

describe('the permit detail', () => {
  it('shows every box in order, the line items and the status, and lets a draft be edited', async () => {
    const db = openHornbillDb('hornbill-detail-test');
    await saveDraft(
      db,
      {
        format: PERMIT_FORMAT,
        id,
        document: { type: 'export-permit' },
        importer: { name: 'Tierpark Nord', address: 'Zooweg 1', country: 'DE' },
        exporter: { name: 'Nairobi Traders', country: 'KE' },
        purpose: 'Z',
        lineItems: [
          { taxon: { taxonId: 3570, scientificName: 'Ursus thibetanus', commonName: 'Asian Black Bear' }, appendix: 'I', source: 'W', quantity: { amount: 2 } },
          { taxon: { taxonId: 3704, scientificName: 'Testudo horsfieldii', commonName: '' }, term: 'LIV', quantity: { amount: 12.5, unit: 'KGM' } },
        ],
      },
      new Date('2026-11-20T10:00:00Z'),
      testUserId,
    );
    await renderWithApp(<PermitDetailScreen permitId={id} />, 'es', db);
    expect((await screen.findByTestId('permit-status')).textContent).toBe('Estado: Borrador');
    const boxes = [...document.querySelectorAll('.box-row__number')].map((element) => element.textContent);
    expect(boxes).toEqual(['1', '2', '3/3a', '4', '5', '5a', '5b', '6', '7/8', '9', '10', '11', '11a', '12', '12a', '12b', '7/8', '9', '10', '11', '11a', '12', '12a', '12b', '13', '14', '15']);
    expect(screen.getByText('Tierpark Nord')).toBeTruthy();
    expect(screen.getByText('Alemania')).toBeTruthy();
    expect(screen.getByText('Z — Parque zoológico')).toBeTruthy();
    expect(screen.getByTestId('detail-line-item-0').textContent).toContain('Apéndice I · W — Recolectados en el medio silvestre');
    expect(screen.getByTestId('detail-line-item-1').textContent).toContain('12.5 KGM — kg');
    expect(screen.getByRole('link', { name: 'Seguir editando' }).getAttribute('href')).toBe(`#/applications/${id}`);
    expect(screen.queryByRole('heading', { name: 'Registro de auditoría' })).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: 'Registro de auditoría' }));
    expect(screen.getByRole('tab', { name: 'Registro de auditoría' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByRole('heading', { name: 'Registro de auditoría' })).toBeTruthy();
    expect(screen.queryByText('Tierpark Nord')).toBeNull();
    fireEvent.keyDown(screen.getByRole('tablist'), { key: 'ArrowRight' });
    expect(screen.getByText('Tierpark Nord')).toBeTruthy();
  });

  it('says so when the device holds no such permit', async () => {
    await renderWithApp(<PermitDetailScreen permitId="nothing-here" />);
    expect((await screen.findByRole('alert')).textContent).toContain('This device holds no permit with this address.');
  });
});
