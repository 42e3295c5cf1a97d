// The browser's camera scan, shown in a <video>: the module the inspector screen imports when the camera
// button is pressed, so none of the camera or decoder code is in the initial bundle.
import { cameraFrameDecoder } from './camera-frame-decoder.ts';
import { throttledFrameScheduler } from './camera-frame-scheduler.ts';
import { videoFrameSource } from './camera-frame-source.ts';
import { startCameraScan, type CameraScan, type CameraScanHandlers } from './camera-scan.ts';
import { openRearCamera } from './camera-stream.ts';

/** About five frames a second. */
const FRAME_INTERVAL_MS = 200;

export function startCameraScanInVideo(video: HTMLVideoElement, handlers: CameraScanHandlers): CameraScan {
  const scan = startCameraScan(
    {
      openCamera: () => openRearCamera(navigator.mediaDevices, window.isSecureContext),
      showStream: async (stream) => {
        video.srcObject = stream;
        await video.play();
        return videoFrameSource(video);
      },
      frameDecoder: (source) => cameraFrameDecoder(source),
      schedule: throttledFrameScheduler(FRAME_INTERVAL_MS),
    },
    handlers,
  );
  return {
    stop: () => {
      scan.stop();
      video.srcObject = null;
    },
  };
}
