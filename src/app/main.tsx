import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { SessionProvider } from './auth/SessionContext.tsx';
import { openHornbillDb } from './db/database.ts';
import { DbProvider } from './db/DbContext.tsx';
import { readPreferences } from './db/preferences.ts';
import { startI18n } from './i18n/i18n.ts';
import { preferredLanguage } from './i18n/languages.ts';
import { showStartFailure } from './startFailure.ts';
import './styles/app.css';

async function start(container: HTMLElement) {
  const db = openHornbillDb();
  const preferences = await readPreferences(db);
  const language = preferences.language ?? preferredLanguage(navigator.languages);
  const i18n = await startI18n(language);
  document.documentElement.lang = language;
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <DbProvider db={db}>
          <SessionProvider>
            <App />
          </SessionProvider>
        </DbProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) start(container).catch((error: unknown) => showStartFailure(container, error, navigator.languages));
