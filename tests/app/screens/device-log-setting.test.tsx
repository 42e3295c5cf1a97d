import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { DeviceLogSetting } from '../../../src/app/screens/settings/DeviceLogSetting.tsx';
import { logError } from '../../../src/core/log/log-error.ts';
import { renderWithApp } from '../renderWithApp.tsx';

// The log itself is tested under Node (tests/app/log/device-log.test.ts); here only the screen.
const deviceLog = vi.hoisted(() => ({ verifyThisDeviceLog: vi.fn(), exportThisDeviceLog: vi.fn() }));
vi.mock('../../../src/app/log/device-log.ts', () => deviceLog);

const clock = () => new Date('2026-11-26T10:00:00Z');
afterEach(() => vi.restoreAllMocks());

describe('DeviceLogSetting', () => {
  it('verifies this device’s log with a progress bar and says it is intact', async () => {
    let finish: (() => void) | undefined;
    deviceLog.verifyThisDeviceLog.mockImplementation(async (_db: unknown, device: string, onProgress: (verified: number, total: number) => Promise<void>) => {
      expect(device).toBe('T3F');
      await onProgress(200, 450);
      await new Promise<void>((resolve) => (finish = resolve));
      return { ok: true, count: 450 };
    });
    await renderWithApp(<DeviceLogSetting now={clock} />);
    fireEvent.click(screen.getByRole('button', { name: 'Verify this device’s log' }));
    const bar = await screen.findByRole('progressbar', { name: 'Entries verified' });
    expect(bar.getAttribute('value')).toBe('200');
    expect(bar.getAttribute('max')).toBe('450');
    // The verifier is still running (the bar is up) until it is let go.
    await waitFor(() => expect(finish).toBeDefined());
    finish?.();
    await waitFor(() => expect(screen.getByTestId('device-log-result').textContent).toBe('All 450 entries verify: signatures, keys and chain are intact.'));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('names the first entry that does not verify, in the user’s language', async () => {
    deviceLog.verifyThisDeviceLog.mockResolvedValue({ ok: false, index: 1, error: logError('signature.invalid', 'x') });
    await renderWithApp(<DeviceLogSetting now={clock} />, 'fr');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier le journal de cet appareil' }));
    await waitFor(() => expect(screen.getByTestId('device-log-result').textContent).toBe('L’entrée 2 n’est pas valide : La signature de l’entrée n’est pas valide : l’entrée a été modifiée.'));
  });

  it('downloads the JSON Lines export of the log', async () => {
    deviceLog.exportThisDeviceLog.mockResolvedValue('{"format":"hornbill-device-log"}\n');
    let blob: Blob | undefined;
    Object.assign(URL, {
      createObjectURL: (object: Blob) => {
        blob = object;
        return 'blob:log';
      },
      revokeObjectURL: () => undefined,
    });
    let downloadName = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloadName = this.download;
    });
    await renderWithApp(<DeviceLogSetting now={clock} />, 'es');
    fireEvent.click(screen.getByRole('button', { name: 'Exportar el registro de este dispositivo' }));
    await waitFor(() => expect(downloadName).toBe('hornbill-log-T3F-2026-11-26.jsonl'));
    expect(deviceLog.exportThisDeviceLog).toHaveBeenCalledWith(expect.anything(), 'T3F', clock().getTime());
    // jsdom's Blob cannot be read back; its size and type say it holds the export.
    expect([blob?.type, blob?.size]).toEqual(['application/jsonl', '{"format":"hornbill-device-log"}\n'.length]);
  });

  it('shows nothing when no device key is in the session', async () => {
    const { container } = await renderWithApp(<DeviceLogSetting now={clock} />, 'en', undefined, { kind: 'signed-out' });
    expect(container.textContent).toBe('');
  });
});
