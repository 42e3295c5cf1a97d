import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { TrustListSetting } from '../../../src/app/screens/settings/TrustListSetting.tsx';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { renderWithApp } from '../renderWithApp.tsx';

const now = () => new Date('2026-11-26T10:00:00Z');

describe('TrustListSetting', () => {
  it('shows the newest list of each Party with its version, issue date and age', async () => {
    const db = openHornbillDb('hornbill-test-trust-setting');
    await db.trustLists.bulkPut([
      { party: 'KE', version: 2, issuedAt: Date.parse('2026-11-20T08:00:00Z'), signed: '', etag: null, checkedAt: '2026-11-26T07:00:00.000Z' },
      { party: 'KE', version: 3, issuedAt: Date.parse('2026-11-25T08:00:00Z'), signed: '', etag: '"x"', checkedAt: '2026-11-26T07:00:00.000Z' },
      { party: 'TZ', version: 9, issuedAt: Date.parse('2026-10-01T08:00:00Z'), signed: '', etag: null, checkedAt: '2026-11-23T10:00:00.000Z' },
    ]);
    await renderWithApp(<TrustListSetting now={now} />, 'fr', db);
    expect((await screen.findByTestId('trust-list-KE')).textContent).toMatch(/^KE : version 3, émise le .*2026.* Dernière confirmation par le siège : il y a 3 heures\.$/);
    expect(screen.getByTestId('trust-list-TZ').textContent).toContain('il y a 3 jours');
  });

  it('says when the device holds none yet', async () => {
    await renderWithApp(<TrustListSetting now={now} />);
    expect((await screen.findByTestId('trust-list-none')).textContent).toBe('No trust list on this device yet: the first sign-in brings your authority’s.');
  });
});
