import { useEffect } from 'react';

/**
 * Calls `onIdle` (keep it stable) once no event of `activity` has happened on the window for `timeoutMs`; null disarms it.
 * Listens in the capture phase, so a widget that stops propagation still counts as activity.
 */
export function useIdleTimeout(timeoutMs: number | null, activity: readonly string[], onIdle: () => void): void {
  useEffect(() => {
    if (timeoutMs === null) return;
    let timer = setTimeout(() => onIdle(), timeoutMs);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => onIdle(), timeoutMs);
    };
    for (const event of activity) window.addEventListener(event, restart, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const event of activity) window.removeEventListener(event, restart, { capture: true });
    };
  }, [timeoutMs, activity, onIdle]);
}
