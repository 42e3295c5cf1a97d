import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../core/permit/transition-roles.ts';

/** The roles a user holds, as checkboxes in a fieldset. */
export function RoleChoices({ roles, onChange }: { roles: readonly Role[]; onChange: (roles: Role[]) => void }) {
  const { t } = useTranslation();
  const toggle = (role: Role, held: boolean) => onChange(ROLES.filter((each) => (each === role ? held : roles.includes(each))));
  return (
    <fieldset className="admin-roles">
      <legend>{t('admin.users.roles')}</legend>
      {ROLES.map((role) => (
        <label key={role} className="admin-check">
          <input type="checkbox" name="roles" value={role} checked={roles.includes(role)} onChange={(event) => toggle(role, event.target.checked)} />
          {t(`admin.roles.${role}`)}
        </label>
      ))}
    </fieldset>
  );
}
