import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/DbContext.tsx';
import { updatePreferences } from '../../db/preferences.ts';
import { changeAppLanguage } from '../../i18n/i18n.ts';
import { isLanguage, languageNativeNames, supportedLanguages } from '../../i18n/languages.ts';

export function LanguageSetting() {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const [saved, setSaved] = useState(false);

  async function chooseLanguage(event: ChangeEvent<HTMLSelectElement>) {
    const language = event.target.value;
    if (!isLanguage(language)) return;
    await updatePreferences(db, { language });
    await changeAppLanguage(i18n, language);
    document.documentElement.lang = language;
    setSaved(true);
  }

  return (
    <section className="card" aria-labelledby="language-heading">
      <h3 id="language-heading">{t('settings.language.heading')}</h3>
      <label className="field">
        <span className="field__label">{t('settings.language.label')}</span>
        <select value={i18n.language} onChange={(event) => void chooseLanguage(event)} data-testid="language-select">
          {supportedLanguages.map((language) => (
            <option key={language} value={language} lang={language}>
              {languageNativeNames[language]}
            </option>
          ))}
        </select>
      </label>
      {saved && (
        <p className="note" role="status">
          {t('settings.language.saved')}
        </p>
      )}
    </section>
  );
}
