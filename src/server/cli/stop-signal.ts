const stopSignals = ['SIGTERM', 'SIGINT'] as const;

/**
 * Resolves on the first SIGTERM or SIGINT. The listeners are removed then, so a second signal during a slow
 * shutdown falls back to Node's default and ends the process at once.
 */
export function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      for (const name of stopSignals) process.off(name, stop);
      resolve(signal);
    };
    for (const name of stopSignals) process.on(name, stop);
  });
}
