export interface StorageStatus {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null; // null: the browser has no StorageManager.persisted()
}

/** Reads what the browser reports; every part is optional because older WebViews lack parts of StorageManager. */
export async function readStorageStatus(storage: StorageManager | undefined): Promise<StorageStatus> {
  const estimate = storage?.estimate ? await storage.estimate() : undefined;
  const persisted = storage?.persisted ? await storage.persisted() : null;
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}
