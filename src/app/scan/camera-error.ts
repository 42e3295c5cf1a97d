// What went wrong with the camera, as the key of a message (`camera.error.*`) the inspector can act on.

export type CameraErrorKey = 'denied' | 'notFound' | 'inUse' | 'unsupported' | 'failed';

const KEY_BY_ERROR_NAME: Readonly<Record<string, CameraErrorKey>> = {
  NotAllowedError: 'denied',
  SecurityError: 'denied',
  NotFoundError: 'notFound',
  OverconstrainedError: 'notFound',
  NotReadableError: 'inUse',
  AbortError: 'inUse',
  NotSupportedError: 'unsupported',
};

/** The message key for an error thrown while opening or reading the camera; 'failed' for anything unforeseen. */
export function cameraErrorKey(error: unknown): CameraErrorKey {
  const name = typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
  return KEY_BY_ERROR_NAME[name] ?? 'failed';
}
