// The rear camera's stream, and the one way to let go of it: stopping every track turns the camera (and its
// light) off; dropping the stream alone would not.

/** The part of a MediaStream this code needs: tests hand in fakes. */
export interface CameraStream {
  getTracks(): readonly { stop(): void }[];
}

/** Opens the rear camera. getUserMedia exists only in a secure context (https or localhost). */
export async function openRearCamera(mediaDevices: MediaDevices | undefined, secureContext: boolean): Promise<MediaStream> {
  if (!secureContext || mediaDevices?.getUserMedia === undefined) throw new DOMException('no camera API in this context', 'NotSupportedError');
  return mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
}

export function stopTracks(stream: CameraStream): void {
  for (const track of stream.getTracks()) track.stop();
}
