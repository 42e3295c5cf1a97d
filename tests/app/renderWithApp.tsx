import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { SessionProvider, type SessionState } from '../../src/app/auth/SessionContext.tsx';
import { openHornbillDb, type HornbillDb } from '../../src/app/db/database.ts';
import { DbProvider } from '../../src/app/db/DbContext.tsx';
import { startI18n } from '../../src/app/i18n/i18n.ts';
import type { Language } from '../../src/app/i18n/languages.ts';
import { signedInAs } from './signed-in-session.ts';

let counter = 0;

/**
 * Renders a piece of the app with a device database (a fresh one unless given), i18n and a session (an
 * officer signed in unless given), as main.tsx wires them. The providers are a wrapper, so `rerender` keeps them.
 */
export async function renderWithApp(
  ui: ReactElement,
  language: Language = 'en',
  db: HornbillDb = openHornbillDb(`hornbill-ui-test-${++counter}`),
  session: SessionState = signedInAs(['officer']),
): Promise<RenderResult & { db: HornbillDb }> {
  const i18n = await startI18n(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <SessionProvider initial={session}>{children}</SessionProvider>
      </DbProvider>
    </I18nextProvider>
  );
  return Object.assign(render(ui, { wrapper }), { db });
}
