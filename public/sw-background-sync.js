/* global self */
// Imported by the generated service worker (vite.config.ts, workbox importScripts). Background Sync wakes the
// worker when connectivity returns; the worker cannot sign (the device key lives only in the open app's
// memory), so it asks the open app windows to run the sync (src/app/sync/background-sync.ts).
self.addEventListener('sync', (event) => {
  if (event.tag !== 'hornbill-sync') return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((clients) => {
      for (const client of clients) client.postMessage({ type: 'hornbill-background-sync' });
    }),
  );
});
