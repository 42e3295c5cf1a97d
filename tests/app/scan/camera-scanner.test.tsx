// The inspector's camera scanner component, with the camera scan's real logic around a fake stream, a fake
// detector and a scheduler stepped by hand: what the inspector sees, and that the camera is off whenever the
// component says it is.
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { BarcodeDetectorConstructor, DetectedBarcode } from '../../../src/app/scan/barcode-detector.ts';
import { cameraFrameDecoder } from '../../../src/app/scan/camera-frame-decoder.ts';
import type { FrameScheduler } from '../../../src/app/scan/camera-scan-loop.ts';
import { startCameraScan, type CameraScanHandlers } from '../../../src/app/scan/camera-scan.ts';
import { CameraScanner } from '../../../src/app/screens/inspect/CameraScanner.tsx';
import type { StartCameraScan } from '../../../src/app/screens/inspect/useCameraScanner.ts';
import { renderWithApp } from '../renderWithApp.tsx';

/** Lets every pending promise callback run and React render what they set (a task boundary, not a wait). */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

function fakeCamera(options: { frames?: (readonly string[])[]; openError?: DOMException } = {}) {
  const script = [...(options.frames ?? [])];
  const detect = vi.fn(async (): Promise<DetectedBarcode[]> => (script.shift() ?? []).map((rawValue) => ({ rawValue, format: 'qr_code' })));
  const Detector = Object.assign(function FakeBarcodeDetector() {
    return { detect };
  } as unknown as BarcodeDetectorConstructor, { getSupportedFormats: async () => ['qr_code'] });
  const tracks = [{ stop: vi.fn() }];
  const scheduled: (() => void)[] = [];
  const schedule: FrameScheduler = (next) => {
    scheduled.push(next);
    return () => scheduled.splice(scheduled.indexOf(next) >>> 0, 1);
  };
  const videos: HTMLVideoElement[] = [];
  const start: StartCameraScan = (video: HTMLVideoElement, handlers: CameraScanHandlers) => {
    videos.push(video);
    return startCameraScan(
      {
        openCamera: () => (options.openError === undefined ? Promise.resolve({ getTracks: () => tracks }) : Promise.reject(options.openError)),
        showStream: async () => ({ frame: () => video, pixels: () => null }),
        frameDecoder: (source) => cameraFrameDecoder(source, { barcodeDetector: Detector }),
        schedule,
      },
      handlers,
    );
  };
  return {
    loadScan: () => Promise.resolve(start),
    videos,
    detect,
    isOff: () => tracks.every((track) => track.stop.mock.calls.length === 1),
    nextFrame: async () => {
      scheduled.shift()?.();
      await settle();
    },
  };
}

async function renderScanner(camera: ReturnType<typeof fakeCamera>, language: 'en' | 'fr' = 'en') {
  const onText = vi.fn();
  const rendered = await renderWithApp(<CameraScanner onText={onText} loadScan={camera.loadScan} />, language);
  return { ...rendered, onText };
}

describe('camera scanner', () => {
  it('shows the live view when turned on, reads a QR, hands its text over and turns the camera off', async () => {
    const camera = fakeCamera({ frames: [[], ['HB1:PERMIT']] });
    const { onText } = await renderScanner(camera);
    const button = screen.getByRole('button', { name: 'Scan with the camera' });
    button.focus();
    fireEvent.click(button);
    await settle();
    const video = screen.getByLabelText('Camera view');
    expect(camera.videos).toEqual([video]);
    expect(screen.getByRole('status').textContent).toContain('inside the frame');
    // The same button turns it off: keyboard focus stays where it was.
    expect(screen.getByRole('button', { name: 'Stop the camera' })).toBe(button);
    expect(document.activeElement).toBe(button);

    await camera.nextFrame();
    expect(onText).not.toHaveBeenCalled();
    await camera.nextFrame();
    expect(onText).toHaveBeenCalledWith('HB1:PERMIT');
    expect(camera.detect).toHaveBeenLastCalledWith(video);
    expect(camera.isOff()).toBe(true);
    expect(screen.queryByLabelText('Camera view')).toBeNull();
    expect(screen.getByRole('button', { name: 'Scan with the camera' })).toBe(button);
  });

  it('turns the camera off with the Stop button', async () => {
    const camera = fakeCamera();
    await renderScanner(camera);
    fireEvent.click(screen.getByRole('button', { name: 'Scan with the camera' }));
    await settle();
    await camera.nextFrame();
    expect(camera.isOff()).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Stop the camera' }));
    await settle();
    expect(camera.isOff()).toBe(true);
    expect(screen.queryByLabelText('Camera view')).toBeNull();
  });

  it('turns the camera off when the screen goes away', async () => {
    const camera = fakeCamera();
    const { unmount } = await renderScanner(camera);
    fireEvent.click(screen.getByRole('button', { name: 'Scan with the camera' }));
    await settle();
    expect(camera.isOff()).toBe(false);
    unmount();
    expect(camera.isOff()).toBe(true);
  });

  it('says in words why the camera could not be used, and can be tried again', async () => {
    const camera = fakeCamera({ openError: new DOMException('Permission denied', 'NotAllowedError') });
    await renderScanner(camera, 'fr');
    fireEvent.click(screen.getByRole('button', { name: 'Scanner avec la caméra' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('Hornbill n’a pas le droit d’utiliser la caméra. Autorisez la caméra pour ce site dans les paramètres du navigateur, puis réessayez.');
    expect(screen.queryByLabelText('Image de la caméra')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Scanner avec la caméra' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the camera failed when its code cannot be loaded', async () => {
    const onText = vi.fn();
    await renderWithApp(<CameraScanner onText={onText} loadScan={() => Promise.reject(new Error('offline, chunk missing'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Scan with the camera' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('The camera stopped with an error. Try again, or use a photo of the QR code.');
  });
});
