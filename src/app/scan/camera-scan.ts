// One camera scan from start to end: open the camera, show it, read frames until a QR is found. Whatever
// ends it (a QR read, stop(), an error, stop() before the camera even opened) stops the camera's tracks.
import { cameraErrorKey, type CameraErrorKey } from './camera-error.ts';
import type { FrameDecoder } from './camera-frame-decoder.ts';
import type { CameraFrameSource } from './camera-frame-source.ts';
import { runScanLoop, type FrameScheduler } from './camera-scan-loop.ts';
import { stopTracks, type CameraStream } from './camera-stream.ts';

export interface CameraScanParts<Stream extends CameraStream> {
  readonly openCamera: () => Promise<Stream>;
  /** Shows the stream (in the <video>) and resolves once its frames can be read. */
  readonly showStream: (stream: Stream) => Promise<CameraFrameSource>;
  readonly frameDecoder: (source: CameraFrameSource) => Promise<FrameDecoder>;
  readonly schedule: FrameScheduler;
}

export interface CameraScanHandlers {
  /** The QR text read; the camera is already off. */
  readonly onText: (text: string) => void;
  /** Why the scan ended early; the camera is already off. */
  readonly onError: (error: CameraErrorKey) => void;
}

export interface CameraScan {
  /** Ends the scan and turns the camera off; neither handler is called afterwards. */
  readonly stop: () => void;
}

export function startCameraScan<Stream extends CameraStream>(parts: CameraScanParts<Stream>, handlers: CameraScanHandlers): CameraScan {
  let ended = false;
  let stream: Stream | undefined;
  let stopLoop = () => {};
  const end = () => {
    if (ended) return;
    ended = true;
    stopLoop();
    if (stream !== undefined) stopTracks(stream);
  };
  const fail = (error: unknown) => {
    if (ended) return;
    end();
    handlers.onError(cameraErrorKey(error));
  };

  const run = async () => {
    const opened = await parts.openCamera();
    stream = opened;
    if (ended) {
      stopTracks(opened);
      return;
    }
    const decodeFrame = await parts.frameDecoder(await parts.showStream(opened));
    if (ended) return;
    stopLoop = runScanLoop({
      decodeFrame,
      schedule: parts.schedule,
      onText: (text) => {
        end();
        handlers.onText(text);
      },
      onError: fail,
    });
  };
  run().catch(fail);
  return { stop: end };
}
