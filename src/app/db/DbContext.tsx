import { createContext, useContext, type ReactNode } from 'react';
import type { HornbillDb } from './database.ts';

const DbContext = createContext<HornbillDb | null>(null);

export function DbProvider({ db, children }: { db: HornbillDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): HornbillDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb must be used inside <DbProvider>');
  return db;
}
