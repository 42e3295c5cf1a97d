// A few frames a second, each on an animation frame: enough to catch a QR held still, light on low-end
// tablets, and nothing at all while the page is hidden (browsers pause animation frames then).
import type { FrameScheduler } from './camera-scan-loop.ts';

export function throttledFrameScheduler(intervalMs: number): FrameScheduler {
  return (next) => {
    let frame: number | undefined;
    const timer = setTimeout(() => (frame = requestAnimationFrame(next)), intervalMs);
    return () => {
      clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  };
}
