import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { openHornbillDb, type HornbillDb } from '../../src/app/db/database.ts';
import { DbProvider } from '../../src/app/db/DbContext.tsx';
import { startI18n } from '../../src/app/i18n/i18n.ts';
import type { Language } from '../../src/app/i18n/languages.ts';

let counter = 0;

/**
 * Renders a piece of the app with a device database (a fresh one unless given) and i18n, as main.tsx wires
 * them. The providers are a wrapper, so `rerender` keeps them.
 */
export async function renderWithApp(
  ui: ReactElement,
  language: Language = 'en',
  db: HornbillDb = openHornbillDb(`hornbill-ui-test-${++counter}`),
): Promise<RenderResult & { db: HornbillDb }> {
  const i18n = await startI18n(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>{children}</DbProvider>
    </I18nextProvider>
  );
  return Object.assign(render(ui, { wrapper }), { db });
}
