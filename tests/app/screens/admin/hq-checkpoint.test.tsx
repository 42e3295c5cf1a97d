import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import AdminScreen from '../../../../src/app/screens/admin/AdminScreen.tsx';
import { renderWithApp } from '../../renderWithApp.tsx';
import { adminSession, fakeHq } from './hq-fetch.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const note = 'hornbill.ke/log\n4\nonHcqueSpipRSbDYeWjryD3LrnmvVK2XklUwAp8VFSA=\n\n— hornbill.ke/log 7xtQKD0V\n';
const verifierKey = 'hornbill.ke/log+ef1b5028+AQ==';

function facts(): [string, string][] {
  return [...document.querySelectorAll('.box-row')].map((row) => [row.querySelector('dt')?.textContent ?? '', row.querySelector('dd')?.textContent ?? '']);
}

describe('the log checkpoint screen', () => {
  it('shows the newest checkpoint, its signed note and the verifier key for auditors', async () => {
    fakeHq({
      'GET /api/v1/session': adminSession,
      'GET /api/v1/hq/checkpoint': {
        json: { checkpoint: { treeSize: 4, rootHash: 'onHcqueSpipRSbDYeWjryD3LrnmvVK2XklUwAp8VFSA=', signedAt: '2026-03-01T08:00:00.000Z', note }, log: { origin: 'hornbill.ke/log', verifierKey } },
      },
    });
    await renderWithApp(<AdminScreen section="checkpoint" />);
    expect((await screen.findByTestId('checkpoint-note')).textContent).toBe(note);
    expect(facts()).toEqual([
      ['Entries in the log', '4'],
      ['Root hash', 'onHcqueSpipRSbDYeWjryD3LrnmvVK2XklUwAp8VFSA='],
      ['Signed', 'Mar 1, 2026, 8:00 AM'],
      ['Log origin', 'hornbill.ke/log'],
      ['Verifier key', verifierKey],
    ]);
  });

  it('says when HQ has signed no checkpoint yet and runs without its root key', async () => {
    fakeHq({ 'GET /api/v1/session': adminSession, 'GET /api/v1/hq/checkpoint': { json: { checkpoint: null, log: null } } });
    await renderWithApp(<AdminScreen section="checkpoint" />);
    await screen.findByText('HQ has not signed a checkpoint yet: it signs the first one when a device first syncs.');
    expect(screen.getByText('The verifier key is shown once HQ runs with its root key.')).toBeTruthy();
    expect(facts()).toEqual([]);
  });
});
