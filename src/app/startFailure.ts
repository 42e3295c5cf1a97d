import { preferredLanguage } from './i18n/languages.ts';
import { loadLocale } from './i18n/load-locale.ts';

/**
 * When IndexedDB cannot be opened (private mode on some browsers, a full or broken profile) React never
 * starts, so the reason is written as plain text in the browser's language.
 */
export async function showStartFailure(container: HTMLElement, error: unknown, browserLanguages: readonly string[]): Promise<void> {
  const reason = error instanceof Error ? error.message : String(error);
  const paragraph = document.createElement('p');
  paragraph.className = 'start-failure';
  paragraph.setAttribute('role', 'alert');
  // Said in English if even the messages cannot be loaded.
  const messages = await loadLocale(preferredLanguage(browserLanguages)).catch(() => undefined);
  paragraph.textContent = (messages?.app.startFailed ?? 'Hornbill could not open its storage on this device: {{reason}}').replace('{{reason}}', reason);
  container.replaceChildren(paragraph);
}
