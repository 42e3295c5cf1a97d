import { useTranslation } from 'react-i18next';
import { adminSections, hrefFor, type AdminSection } from '../../router/routes.ts';

export function AdminSectionNav({ current }: { current: AdminSection }) {
  const { t } = useTranslation();
  return (
    <nav className="admin-nav" aria-label={t('admin.nav.label')}>
      {adminSections.map((section) => (
        <a key={section} href={hrefFor({ screen: 'admin', section })} aria-current={section === current ? 'page' : undefined}>
          {t(`admin.nav.${section}`)}
        </a>
      ))}
    </nav>
  );
}
