import { useTranslation } from 'react-i18next';
import { DeviceLogSetting } from './DeviceLogSetting.tsx';
import { LanguageSetting } from './LanguageSetting.tsx';
import { StorageSetting } from './StorageSetting.tsx';
import { TrustListSetting } from './TrustListSetting.tsx';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('settings.title')}</h2>
      <LanguageSetting />
      <StorageSetting storage={navigator.storage} now={() => new Date()} />
      <TrustListSetting now={() => new Date()} />
      <DeviceLogSetting now={() => new Date()} />
    </>
  );
}
