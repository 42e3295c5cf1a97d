import { resources } from './i18n/i18n.ts';
import { preferredLanguage } from './i18n/languages.ts';

/**
 * When IndexedDB cannot be opened (private mode on some browsers, a full or broken profile) React never
 * starts, so the reason is written as plain text in the browser's language.
 */
export function showStartFailure(container: HTMLElement, error: unknown, browserLanguages: readonly string[]): void {
  const messages = resources[preferredLanguage(browserLanguages)].translation;
  const reason = error instanceof Error ? error.message : String(error);
  const paragraph = document.createElement('p');
  paragraph.className = 'start-failure';
  paragraph.setAttribute('role', 'alert');
  paragraph.textContent = messages.app.startFailed.replace('{{reason}}', reason);
  container.replaceChildren(paragraph);
}
