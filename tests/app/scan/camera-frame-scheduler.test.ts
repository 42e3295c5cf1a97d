// The app's frame pace, on fake timers: one frame after the interval, on an animation frame, and none once cancelled.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttledFrameScheduler } from '../../../src/app/scan/camera-frame-scheduler.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('throttled frame scheduler', () => {
  it('runs the next frame on the first animation frame after the interval, once', () => {
    const next = vi.fn();
    throttledFrameScheduler(200)(next);
    vi.advanceTimersByTime(199);
    expect(next).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.advanceTimersToNextFrame();
    expect(next).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled, before or after the interval', () => {
    const early = vi.fn();
    const late = vi.fn();
    const schedule = throttledFrameScheduler(200);
    schedule(early)();
    const cancelLate = schedule(late);
    vi.advanceTimersByTime(200);
    cancelLate();
    vi.advanceTimersByTime(1000);
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
