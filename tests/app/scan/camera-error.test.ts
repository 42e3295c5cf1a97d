// Each way the camera can fail, as the message the inspector reads, in the three languages.
import { describe, expect, it } from 'vitest';
import { cameraErrorKey } from '../../../src/app/scan/camera-error.ts';
import { openRearCamera } from '../../../src/app/scan/camera-stream.ts';
import { en } from '../../../src/app/i18n/locales/en.ts';
import { es } from '../../../src/app/i18n/locales/es.ts';
import { fr } from '../../../src/app/i18n/locales/fr.ts';

describe('camera errors', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'notFound'],
    ['OverconstrainedError', 'notFound'],
    ['NotReadableError', 'inUse'],
    ['AbortError', 'inUse'],
    ['NotSupportedError', 'unsupported'],
    ['TypeError', 'failed'],
  ] as const)('%s reads as camera.error.%s', (name, key) => {
    expect(cameraErrorKey(new DOMException('from getUserMedia', name))).toBe(key);
  });

  it('reads anything unforeseen as failed', () => {
    expect(cameraErrorKey(new Error('boom'))).toBe('failed');
    expect(cameraErrorKey('not an error')).toBe('failed');
    expect(cameraErrorKey(null)).toBe('failed');
  });

  it('has a message for every key in English, French and Spanish', () => {
    const keys = ['denied', 'notFound', 'inUse', 'unsupported', 'failed'] as const;
    for (const locale of [en, fr, es]) for (const key of keys) expect(locale.camera.error[key].length, key).toBeGreaterThan(20);
    expect(fr.camera.error.denied).not.toBe(en.camera.error.denied);
    expect(es.camera.error.denied).not.toBe(en.camera.error.denied);
  });
});

describe('opening the rear camera', () => {
  it('is unsupported without mediaDevices, or outside a secure context', async () => {
    await expect(openRearCamera(undefined, true).catch(cameraErrorKey)).resolves.toBe('unsupported');
    const getUserMedia = () => Promise.reject(new Error('must not be asked'));
    const mediaDevices = { getUserMedia } as unknown as MediaDevices;
    await expect(openRearCamera(mediaDevices, false).catch(cameraErrorKey)).resolves.toBe('unsupported');
  });

  it('asks for the rear camera, video only', async () => {
    const asked: MediaStreamConstraints[] = [];
    const stream = {} as MediaStream;
    const mediaDevices = { getUserMedia: async (constraints: MediaStreamConstraints) => (asked.push(constraints), stream) } as unknown as MediaDevices;
    expect(await openRearCamera(mediaDevices, true)).toBe(stream);
    expect(asked).toEqual([{ video: { facingMode: 'environment' }, audio: false }]);
  });

  it('passes the browser’s refusal on, to be read as denied', async () => {
    const mediaDevices = { getUserMedia: () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')) } as unknown as MediaDevices;
    await expect(openRearCamera(mediaDevices, true).catch(cameraErrorKey)).resolves.toBe('denied');
  });
});
