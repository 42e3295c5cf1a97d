// The Background Sync API where the browser has it (Chromium): the service worker's `sync` event for the tag
// below is forwarded to the open app (public/sw-background-sync.js), which runs the sync. The limitation:
// with no window of the app open, nothing syncs until it is opened again (the device key lives only in
// the open app's memory, so the worker could not sign a request by itself anyway).
export const BACKGROUND_SYNC_TAG = 'hornbill-sync';
export const BACKGROUND_SYNC_MESSAGE = 'hornbill-background-sync';

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

/** Asks the browser to wake the app when connectivity returns; ignored where the API is missing. */
export async function requestBackgroundSync(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.ready;
  const sync = (registration as ServiceWorkerRegistration & { sync?: SyncManagerLike }).sync;
  await sync?.register(BACKGROUND_SYNC_TAG).catch(() => undefined);
}

/** Calls `onSync` when the service worker forwards a background sync; returns the unsubscribe. */
export function onBackgroundSync(onSync: () => void): () => void {
  if (!('serviceWorker' in navigator)) return () => undefined;
  const listener = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === BACKGROUND_SYNC_MESSAGE) onSync();
  };
  navigator.serviceWorker.addEventListener('message', listener);
  return () => navigator.serviceWorker.removeEventListener('message', listener);
}
