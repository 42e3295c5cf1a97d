import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { adminSections, hrefFor, type AdminSection } from '../../router/routes.ts';

function sectionLabel(t: TFunction, section: AdminSection): string {
  switch (section) {
    case 'permits':
      return t('hqLog.nav.permits');
    case 'alerts':
      return t('hqLog.nav.alerts');
    case 'checkpoint':
      return t('hqLog.nav.checkpoint');
    case 'quota-shares':
      return t('quota.nav');
    default:
      return t(`admin.nav.${section}`);
  }
}

export function AdminSectionNav({ current }: { current: AdminSection }) {
  const { t } = useTranslation();
  return (
    <nav className="admin-nav" aria-label={t('admin.nav.label')}>
      {adminSections.map((section) => (
        <a key={section} href={hrefFor({ screen: 'admin', section })} aria-current={section === current ? 'page' : undefined}>
          {sectionLabel(t, section)}
        </a>
      ))}
    </nav>
  );
}
