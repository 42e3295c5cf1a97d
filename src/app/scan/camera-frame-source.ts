// Frames of the live <video>: the element itself for a BarcodeDetector, or its pixels for zxing.

export interface CameraFrameSource {
  /** What a BarcodeDetector reads; null until the video shows a frame. */
  readonly frame: () => ImageBitmapSource | null;
  /** The current frame's pixels; null until the video shows a frame. */
  readonly pixels: () => ImageData | null;
}

/** Frames wider than this are scaled down before zxing reads them: a QR filling the view stays readable, and low-end tablets keep up. */
const MAX_PIXELS_WIDTH = 1280;

export function videoFrameSource(video: HTMLVideoElement, canvas: HTMLCanvasElement = document.createElement('canvas')): CameraFrameSource {
  const hasFrame = () => video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0;
  return {
    frame: () => (hasFrame() ? video : null),
    pixels: () => {
      if (!hasFrame()) return null;
      const scale = Math.min(1, MAX_PIXELS_WIDTH / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (context === null) return null;
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      return context.getImageData(0, 0, canvas.width, canvas.height);
    },
  };
}
