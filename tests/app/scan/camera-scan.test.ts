// The camera scan with everything around it faked: a detector that reads what the test says, a frame source,
// a scheduler stepped by hand, and a stream whose tracks record being stopped. No camera, no clock.
import { describe, expect, it, vi } from 'vitest';
import type { BarcodeDetectorConstructor, DetectedBarcode } from '../../../src/app/scan/barcode-detector.ts';
import type { CameraErrorKey } from '../../../src/app/scan/camera-error.ts';
import { cameraFrameDecoder } from '../../../src/app/scan/camera-frame-decoder.ts';
import type { CameraFrameSource } from '../../../src/app/scan/camera-frame-source.ts';
import { chosenQrText, runScanLoop, type FrameScheduler } from '../../../src/app/scan/camera-scan-loop.ts';
import { startCameraScan, type CameraScanParts } from '../../../src/app/scan/camera-scan.ts';

/** Lets every pending promise callback run (a task boundary, not a wait). */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A detector that reads the next list of QR texts on each detect() call, then nothing. */
function scriptedDetector(frames: readonly (readonly string[])[]) {
  const script = [...frames];
  const detect = vi.fn(async (): Promise<DetectedBarcode[]> => (script.shift() ?? []).map((rawValue) => ({ rawValue, format: 'qr_code' })));
  const Detector = Object.assign(function FakeBarcodeDetector() {
    return { detect };
  } as unknown as BarcodeDetectorConstructor, { getSupportedFormats: async () => ['qr_code'] });
  return { Detector, detect };
}

const videoFrame = { kind: 'video frame' } as unknown as ImageBitmapSource;
const frameSource = (frame: ImageBitmapSource | null = videoFrame): CameraFrameSource => ({ frame: () => frame, pixels: () => null });

function manualScheduler() {
  const pending = new Set<() => void>();
  const schedule: FrameScheduler = (next) => {
    pending.add(next);
    return () => pending.delete(next);
  };
  /** Runs the scheduled frame, as the next animation frame would. */
  const nextFrame = async () => {
    const [next] = pending;
    if (next === undefined) throw new Error('no frame scheduled');
    pending.delete(next);
    next();
    await settle();
  };
  return { schedule, nextFrame, pending };
}

function fakeStream() {
  const tracks = [{ stop: vi.fn() }, { stop: vi.fn() }];
  return { stream: { getTracks: () => tracks }, stopped: () => tracks.every((track) => track.stop.mock.calls.length === 1) };
}

function scanWith(parts: Partial<CameraScanParts<ReturnType<typeof fakeStream>['stream']>>, frames: readonly (readonly string[])[] = []) {
  const camera = fakeStream();
  const scheduler = manualScheduler();
  const detector = scriptedDetector(frames);
  const texts: string[] = [];
  const errors: CameraErrorKey[] = [];
  const scan = startCameraScan(
    {
      openCamera: async () => camera.stream,
      showStream: async () => frameSource(),
      frameDecoder: (source) => cameraFrameDecoder(source, { barcodeDetector: detector.Detector }),
      schedule: scheduler.schedule,
      ...parts,
    },
    { onText: (text) => texts.push(text), onError: (error) => errors.push(error) },
  );
  return { scan, camera, scheduler, detector, texts, errors };
}

describe('which QR text ends the scan', () => {
  it('prefers a permit QR, else any non-blank text, and nothing for blank or no results', () => {
    expect(chosenQrText(['https://example.org', 'HB1:ABC'])).toBe('HB1:ABC');
    expect(chosenQrText(['', 'WIFI:S:x'])).toBe('WIFI:S:x');
    expect(chosenQrText(['', '  '])).toBeNull();
    expect(chosenQrText([])).toBeNull();
  });
});

describe('the scan loop, BarcodeDetector branch', () => {
  it('hands the video frame to the detector, frame after frame, until a QR is read', async () => {
    const { Detector, detect } = scriptedDetector([[], [''], ['HB1:PERMIT']]);
    const decodeFrame = await cameraFrameDecoder(frameSource(), { barcodeDetector: Detector });
    const scheduler = manualScheduler();
    const texts: string[] = [];
    runScanLoop({ decodeFrame, schedule: scheduler.schedule, onText: (text) => texts.push(text), onError: () => {} });
    await scheduler.nextFrame();
    await scheduler.nextFrame();
    expect(texts).toEqual([]);
    await scheduler.nextFrame();
    expect(texts).toEqual(['HB1:PERMIT']);
    expect(detect).toHaveBeenCalledTimes(3);
    expect(detect).toHaveBeenCalledWith(videoFrame);
    expect(scheduler.pending.size).toBe(0);
  });

  it('does not call the detector before the video shows a frame', async () => {
    const { Detector, detect } = scriptedDetector([['HB1:PERMIT']]);
    const decodeFrame = await cameraFrameDecoder(frameSource(null), { barcodeDetector: Detector });
    expect(await decodeFrame()).toEqual([]);
    expect(detect).not.toHaveBeenCalled();
  });

  it('schedules nothing more once stopped', async () => {
    const { Detector } = scriptedDetector([]);
    const scheduler = manualScheduler();
    const stop = runScanLoop({ decodeFrame: await cameraFrameDecoder(frameSource(), { barcodeDetector: Detector }), schedule: scheduler.schedule, onText: () => {}, onError: () => {} });
    await scheduler.nextFrame();
    expect(scheduler.pending.size).toBe(1);
    stop();
    expect(scheduler.pending.size).toBe(0);
  });
});

describe('a camera scan', () => {
  it('turns the camera off when a QR is read, and hands over its text', async () => {
    const run = scanWith({}, [[], ['HB1:PERMIT']]);
    await settle();
    await run.scheduler.nextFrame();
    expect(run.camera.stopped()).toBe(false);
    await run.scheduler.nextFrame();
    expect(run.texts).toEqual(['HB1:PERMIT']);
    expect(run.camera.stopped()).toBe(true);
    expect(run.errors).toEqual([]);
  });

  it('turns the camera off when stopped, and reads no further frame', async () => {
    const run = scanWith({}, [[], ['HB1:PERMIT']]);
    await settle();
    await run.scheduler.nextFrame();
    run.scan.stop();
    expect(run.camera.stopped()).toBe(true);
    expect(run.scheduler.pending.size).toBe(0);
    expect(run.detector.detect).toHaveBeenCalledTimes(1);
    expect(run.texts).toEqual([]);
  });

  it('turns the camera off when it opens only after being stopped', async () => {
    const camera = fakeStream();
    let open: (stream: typeof camera.stream) => void = () => {};
    const run = scanWith({ openCamera: () => new Promise((resolve) => (open = resolve)) });
    run.scan.stop();
    open(camera.stream);
    await settle();
    expect(camera.stopped()).toBe(true);
    expect(run.scheduler.pending.size).toBe(0);
  });

  it('turns the camera off and says why when reading a frame fails', async () => {
    const run = scanWith({});
    await settle();
    run.detector.detect.mockRejectedValueOnce(new DOMException('lost the video', 'NotReadableError'));
    await run.scheduler.nextFrame();
    expect(run.errors).toEqual(['inUse']);
    expect(run.camera.stopped()).toBe(true);
    expect(run.scheduler.pending.size).toBe(0);
  });

  it('turns the camera off and says why when the video cannot be shown', async () => {
    const run = scanWith({ showStream: () => Promise.reject(new DOMException('play() interrupted', 'AbortError')) });
    await settle();
    expect(run.errors).toEqual(['inUse']);
    expect(run.camera.stopped()).toBe(true);
  });

  it('says why when the camera cannot be opened', async () => {
    const run = scanWith({ openCamera: () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')) });
    await settle();
    expect(run.errors).toEqual(['denied']);
    expect(run.texts).toEqual([]);
  });
});
