import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { openHornbillDb, type HornbillDb } from '../../src/app/db/database.ts';
import { DbProvider } from '../../src/app/db/DbContext.tsx';
import { startI18n } from '../../src/app/i18n/i18n.ts';
import type { Language } from '../../src/app/i18n/languages.ts';

let counter = 0;

/** Renders a piece of the app with a fresh device database and i18n, as main.tsx wires them. */
export async function renderWithApp(ui: ReactElement, language: Language = 'en'): Promise<RenderResult & { db: HornbillDb }> {
  const db = openHornbillDb(`hornbill-ui-test-${++counter}`);
  const i18n = await startI18n(language);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>{ui}</DbProvider>
    </I18nextProvider>,
  );
  return { ...result, db };
}
