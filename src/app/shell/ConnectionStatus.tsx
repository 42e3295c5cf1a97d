import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from './useOnlineStatus.ts';

export function ConnectionStatus() {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  return (
    <p className={online ? 'connection connection--online' : 'connection connection--offline'} role="status" data-testid="connection">
      {online ? t('connection.online') : t('connection.offline')}
    </p>
  );
}
