import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { CameraErrorKey } from '../../scan/camera-error.ts';
import type { CameraScan, CameraScanHandlers } from '../../scan/camera-scan.ts';

export type StartCameraScan = (video: HTMLVideoElement, handlers: CameraScanHandlers) => CameraScan;

export type CameraScannerState = { readonly kind: 'off' } | { readonly kind: 'on' } | { readonly kind: 'failed'; readonly error: CameraErrorKey };

/** The camera and decoder code, loaded when the camera is first turned on. */
async function loadCameraScanInVideo(): Promise<StartCameraScan> {
  return (await import('../../scan/camera-in-video.ts')).startCameraScanInVideo;
}

/**
 * The camera runs while the state is 'on' and the <video> is rendered: turning it off, unmounting, a QR read or
 * an error all end the effect's scan, which turns the camera off. `loadScan` is injected by tests.
 */
export function useCameraScanner(onText: (qrText: string) => void, loadScan: () => Promise<StartCameraScan> = loadCameraScanInVideo) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraScannerState>({ kind: 'off' });
  const on = state.kind === 'on';
  const handOver = useEffectEvent((qrText: string) => {
    setState({ kind: 'off' });
    onText(qrText);
  });

  useEffect(() => {
    const video = videoRef.current;
    if (!on || video === null) return;
    let cancelled = false;
    let scan: CameraScan | undefined;
    const onError = (error: CameraErrorKey) => setState({ kind: 'failed', error });
    loadScan().then(
      (start) => {
        if (!cancelled) scan = start(video, { onText: (qrText) => handOver(qrText), onError });
      },
      () => {
        if (!cancelled) onError('failed');
      },
    );
    return () => {
      cancelled = true;
      scan?.stop();
    };
  }, [on, loadScan]);

  return {
    state,
    videoRef,
    turnOn: () => setState({ kind: 'on' }),
    turnOff: () => setState({ kind: 'off' }),
  };
}
