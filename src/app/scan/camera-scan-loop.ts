// Frame after frame until a QR is read: one decode at a time, the next one when the scheduler says so.
import { PERMIT_QR_PREFIX } from '../../core/qr/prefix-stage.ts';
import type { FrameDecoder } from './camera-frame-decoder.ts';

/** Calls `next` once, later; returns what cancels that call. The app throttles animation frames, tests step by hand. */
export type FrameScheduler = (next: () => void) => () => void;

/** A permit QR if the frame holds one, else any other non-blank QR text (the verifier says what it is); null for none. */
export function chosenQrText(texts: readonly string[]): string | null {
  return texts.find((text) => text.startsWith(PERMIT_QR_PREFIX)) ?? texts.find((text) => text.trim() !== '') ?? null;
}

export interface ScanLoop {
  readonly decodeFrame: FrameDecoder;
  readonly schedule: FrameScheduler;
  readonly onText: (text: string) => void;
  readonly onError: (error: unknown) => void;
}

/** Runs until a QR text is found (onText), decoding fails (onError), or the returned function stops it. */
export function runScanLoop({ decodeFrame, schedule, onText, onError }: ScanLoop): () => void {
  let stopped = false;
  let cancelNext = () => {};
  const tick = () => {
    decodeFrame().then(
      (texts) => {
        if (stopped) return;
        const text = chosenQrText(texts);
        if (text === null) cancelNext = schedule(tick);
        else {
          stopped = true;
          onText(text);
        }
      },
      (error: unknown) => {
        if (stopped) return;
        stopped = true;
        onError(error);
      },
    );
  };
  cancelNext = schedule(tick);
  return () => {
    stopped = true;
    cancelNext();
  };
}
