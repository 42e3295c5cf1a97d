import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import InspectScreen from '../../../src/app/screens/inspect/InspectScreen.tsx';
import type { DeviceVerification } from '../../../src/app/inspect/verify-on-device.ts';
import type { PermitQrVerdictKind } from '../../../src/core/qr/verify-permit-qr.ts';
import type { VerificationReason } from '../../../src/core/qr/verify-reason.ts';
import type { PermitClaims } from '../../../src/core/qr/permit-claims.ts';
import { renderWithApp } from '../renderWithApp.tsx';
import { signedInAs } from '../signed-in-session.ts';

// The verdict itself is core's (tests/core/qr) and is run for real end to end (tests/e2e/inspect.test.ts).
const verification = vi.hoisted(() => ({ verifyOnDevice: vi.fn() }));
vi.mock('../../../src/app/inspect/verify-on-device.ts', () => ({ verifyOnDevice: verification.verifyOnDevice }));

const NOW = Date.UTC(2026, 10, 24, 10);
const claims = {
  number: 'KE26-T3F-00042-K', document: { type: 'export-permit' }, issuingParty: 'KE', issueDate: '2026-11-20', validUntil: '2027-05-20',
  importer: { name: 'Zoo de Lyon', country: 'FR' }, exporter: { name: 'Nairobi Reptile Farm', country: 'KE' }, purpose: 'Z', securityStamp: null,
  lineItems: [
    { taxonId: 1, scientificName: 'Python sebae', appendix: 'II', source: 'C', term: 'LIV', quantity: 2, unit: null },
    { taxonId: 2, scientificName: 'Kinixys belliana', appendix: 'II', source: 'W', term: 'LIV', quantity: 5, unit: null },
  ],
} as unknown as PermitClaims;
const signature: VerificationReason = { code: 'verify.signature', severity: 'error', message: { en: 'The signature does not match.', fr: 'La signature ne correspond pas.', es: 'La firma no coincide.' } };
const unavailable: VerificationReason = { code: 'status.unavailable', severity: 'warning', message: { en: 'No status list of KE.', fr: 'Aucune liste de statut du KE.', es: 'Ninguna lista de estado de KE.' } };

function outcome(verdict: PermitQrVerdictKind, reasons: readonly VerificationReason[]): DeviceVerification {
  return {
    qrText: 'HB1:ABC',
    verdict: { verdict, reasons, claims, signer: { kid: '00', party: 'KE', user: 'ke-approver', device: 'T3F' }, risk: { score: 20, reasons: [{ code: 'risk.live-specimens', weight: 20, message: { en: 'Live specimens.', fr: 'Spécimens vivants.', es: 'Especímenes vivos.' } }] } },
    statusListsHeld: false,
  listsCheckedAt: NOW - 3_600_000,
  };
}

async function verifyText(language: 'en' | 'fr' = 'en') {
  await renderWithApp(<InspectScreen now={() => NOW} />, language, openHornbillDb(`hornbill-inspect-${Math.random()}`), signedInAs(['inspector']));
  const label = language === 'en' ? 'QR text (starts with HB1:)' : 'Texte du code QR (commence par HB1:)';
  fireEvent.change(screen.getByLabelText(label), { target: { value: 'HB1:ABC' } });
  fireEvent.click(screen.getByRole('button', { name: language === 'en' ? 'Verify the text' : 'Vérifier le texte' }));
  return screen.findByTestId('verdict-panel');
}

beforeEach(() => vi.resetAllMocks());

describe('the inspector’s verdict', () => {
  it('shows a valid permit in green, in words, with the claims and the risk', async () => {
    verification.verifyOnDevice.mockResolvedValue(outcome('valid', []));
    const panel = await verifyText();
    expect(verification.verifyOnDevice).toHaveBeenCalledWith(expect.anything(), 'HB1:ABC', NOW, 'KE');
    expect(panel.dataset.verdict).toBe('valid');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('✓ Valid');
    const boxes = within(panel).getByTestId('inspect-claims');
    expect(boxes.textContent).toContain(claims.number);
    expect(boxes.textContent).toContain(claims.importer.name);
    expect(within(panel).getAllByRole('heading', { level: 4 })).toHaveLength(claims.lineItems.length);
    expect(within(panel).getByTestId('inspect-risk-score').textContent).toBe('Risk score 20 of 100');
    expect(within(panel).getByText(/Live specimens/)).toBeDefined();
    expect(screen.getByTestId('trust-lists-note').textContent).toContain('status lists');
  });

  it('shows a warning in amber with each finding in the interface language', async () => {
    verification.verifyOnDevice.mockResolvedValue(outcome('warning', [unavailable]));
    const panel = await verifyText('fr');
    expect(panel.dataset.verdict).toBe('warning');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('⚠ Valide, avec avertissements');
    expect(within(panel).getByTestId('verdict-findings').textContent).toContain('Aucune liste de statut du KE.');
  });

  it('shows an invalid permit in red with the reason, and goes back for the next permit', async () => {
    verification.verifyOnDevice.mockResolvedValue(outcome('invalid', [signature]));
    const panel = await verifyText();
    expect(panel.dataset.verdict).toBe('invalid');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('✗ Not valid');
    expect(within(panel).getByTestId('verdict-findings').querySelector('[data-code="verify.signature"]')?.textContent).toContain('The signature does not match.');
    fireEvent.click(within(panel).getByRole('button', { name: 'Check another permit' }));
    expect(screen.queryByTestId('verdict-panel')).toBeNull();
  });
});

describe('a permit number typed from the paper', () => {
  async function lookUp(number: string) {
    await renderWithApp(<InspectScreen now={() => NOW} />, 'en', openHornbillDb(`hornbill-inspect-${Math.random()}`), signedInAs(['inspector']));
    fireEvent.change(screen.getByLabelText('Permit number (box 1)'), { target: { value: number } });
    fireEvent.click(screen.getByRole('button', { name: 'Look up the number' }));
  }

  it('is refused at once when its check character does not match (a typo)', async () => {
    await lookUp('KE26-T3F-00001-P');
    expect((await screen.findByRole('alert')).textContent).toMatch(/check character/i);
  });

  it('is looked up on the device, which says when it holds no such permit', async () => {
    await lookUp('KE26-T3F-00001-O');
    expect((await screen.findByRole('status')).textContent).toContain('holds no permit numbered KE26-T3F-00001-O');
  });
});
