import { useTranslation } from 'react-i18next';
import type { AdminSection } from '../../router/routes.ts';
import { AdminSectionNav } from './AdminSectionNav.tsx';
import { DevicesScreen } from './devices/DevicesScreen.tsx';
import { AdminGate } from './gate/AdminGate.tsx';
import { HqAlertsScreen } from './hq/HqAlertsScreen.tsx';
import { HqCheckpointScreen } from './hq/HqCheckpointScreen.tsx';
import { HqPermitsScreen } from './hq/HqPermitsScreen.tsx';
import { NoticesScreen } from './notices/NoticesScreen.tsx';
import { QuotaSharesScreen } from './quota/QuotaSharesScreen.tsx';
import { TrustListsScreen } from './trust/TrustListsScreen.tsx';
import { UsersScreen } from './users/UsersScreen.tsx';

function Section({ section, adminId }: { section: AdminSection; adminId: string }) {
  switch (section) {
    case 'users':
      return <UsersScreen adminId={adminId} />;
    case 'devices':
      return <DevicesScreen />;
    case 'trust-lists':
      return <TrustListsScreen />;
    case 'notices':
      return <NoticesScreen />;
    case 'permits':
      return <HqPermitsScreen />;
    case 'alerts':
      return <HqAlertsScreen />;
    case 'checkpoint':
      return <HqCheckpointScreen />;
    case 'quota-shares':
      return <QuotaSharesScreen now={() => new Date()} />;
  }
}

/** HQ administration: online only, for administrators signed in at HQ. */
export default function AdminScreen({ section }: { section: AdminSection }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('admin.title')}</h2>
      <AdminGate>
        {(admin) => (
          <>
            <p className="note">{t('admin.signedInAs', { name: admin.displayName, username: admin.username })}</p>
            <AdminSectionNav current={section} />
            <Section section={section} adminId={admin.id} />
          </>
        )}
      </AdminGate>
    </>
  );
}
