import { useTranslation } from 'react-i18next';
import { LanguageSetting } from './LanguageSetting.tsx';
import { StorageSetting } from './StorageSetting.tsx';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('settings.title')}</h2>
      <LanguageSetting />
      <StorageSetting storage={navigator.storage} now={() => new Date()} />
    </>
  );
}
